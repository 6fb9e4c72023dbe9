import type { Skill, SkillRef } from '@shared/skills/skill.schema.ts';
import { type Ref, useState } from 'react';
import { Combobox, type ComboboxOption } from '../../../components/Combobox.tsx';
import { useDebounced } from '../../../components/useDebounced.ts';
import { useSkillSearch } from '../api/skills.ts';
import { skillDetail } from './labels.ts';
import { NewSkillFields } from './NewSkillFields.tsx';

export interface SkillPickerProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  onPick: (skill: SkillRef) => void;
  /** Skills already chosen, left out of the suggestions. */
  exclude?: ReadonlySet<string>;
  /** Empty the box once a skill is picked (to add another), rather than leave its name in it. */
  clearOnPick?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

type Option = ComboboxOption & { skill: Skill | null };

const NEW = '\u0000new';

/**
 * Finds a skill in the catalogue (and the person's own) as they type, about a quarter of a second
 * after they pause, showing each one's kind and category; when nothing fits, the last suggestion
 * adds the text as a skill of their own, after asking its kind.
 */
export function SkillPicker({
  id,
  label,
  hint,
  error,
  onPick,
  exclude,
  clearOnPick = false,
  inputRef,
}: SkillPickerProps) {
  const [text, setText] = useState('');
  const [adding, setAdding] = useState<string | null>(null);
  const settled = useDebounced(text.trim(), 250);
  const search = useSkillSearch({ q: settled });
  const waiting = text.trim() !== settled || search.isFetching;
  const found = (settled === '' ? [] : (search.data ?? [])).filter((s) => !exclude?.has(s.id));
  const exact = found.some((s) => s.name.toLowerCase() === text.trim().toLowerCase());
  const options: Option[] = found.map((skill) => ({
    key: skill.id,
    label: skill.name,
    detail: `${skillDetail(skill)}${skill.source === 'custom' ? ' · your own' : ''}`,
    skill,
  }));
  if (text.trim() !== '' && !exact && !waiting)
    options.push({
      key: NEW,
      label: `Add “${text.trim()}” as a skill of your own`,
      detail: 'When the catalogue has nothing that fits: only you see it.',
      skill: null,
    });
  const count = found.length;
  const status = `${count === 0 ? 'No skills' : count === 1 ? '1 skill' : `${count} skills`} found${
    options.some((o) => o.key === NEW) ? '; the last suggestion adds your own' : ''
  }.`;

  function pick(skill: SkillRef) {
    onPick({ id: skill.id, name: skill.name, kind: skill.kind, category: skill.category });
    setText(clearOnPick ? '' : skill.name);
    setAdding(null);
  }

  return (
    <div className="skill-picker">
      <Combobox<Option>
        id={id}
        label={label}
        hint={hint}
        error={error}
        value={text}
        onValueChange={setText}
        options={options}
        loading={waiting}
        status={status}
        inputRef={inputRef}
        placeholder="Type a skill, e.g. TypeScript or negotiation"
        onSelect={(option) => {
          if (option.skill) pick(option.skill);
          else setAdding(text.trim());
        }}
      />
      {search.isError && (
        <p className="field__error" role="alert">
          The search failed. Type again to retry.
        </p>
      )}
      {adding !== null && (
        <NewSkillFields
          idPrefix={`${id}-new`}
          name={adding}
          onAdded={pick}
          onCancel={() => {
            setAdding(null);
            document.getElementById(id)?.focus();
          }}
        />
      )}
    </div>
  );
}
