import { useMemo } from 'react';
import { Button } from '../../../components/Button.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { browserTimeZone, isListedTimeZone, timeZoneGroups } from '../../../components/timeZones.ts';
import './TimeZoneField.css';

export interface TimeZoneFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (zone: string) => void;
  error?: string | undefined;
}

/** A time-zone select grouped by region, with a one-click "use this browser's zone". */
export function TimeZoneField({ id, label, value, onChange, error }: TimeZoneFieldProps) {
  const groups = useMemo(timeZoneGroups, []);
  const detected = useMemo(browserTimeZone, []);
  // Keep a stored zone selectable even when this browser does not list it (e.g. an old alias).
  const unlisted = value && !isListedTimeZone(value) ? value : undefined;

  return (
    <div className="timezone-field">
      <SelectField
        id={id}
        label={label}
        hint="Due dates, check-ins and what counts as today follow this zone."
        value={value}
        onChange={(e) => onChange(e.target.value)}
        error={error}
      >
        {unlisted && <option value={unlisted}>{unlisted}</option>}
        {groups.map((group) => (
          <optgroup key={group.region} label={group.region}>
            {group.zones.map((zone) => (
              <option key={zone.id} value={zone.id}>
                {zone.label}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      {detected && detected !== value && (
        <Button variant="quiet" className="timezone-field__detect" onClick={() => onChange(detected)}>
          Use this browser’s time zone ({detected})
        </Button>
      )}
      {detected && detected === value && <p className="timezone-field__note">Same as this browser.</p>}
    </div>
  );
}
