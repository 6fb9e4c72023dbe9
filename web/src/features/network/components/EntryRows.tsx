import { Button } from '../../../components/Button.tsx';
import { focusWhenDrawn } from '../../../components/focusWhenDrawn.ts';
import { TextField } from '../../../components/TextField.tsx';
import { sentence } from '../../../components/text.ts';
import type { FormErrors } from '../../../components/useFormErrors.ts';
import { addEntryId, ENTRY_NAMES, type EntryList, type EntryValues, entryId } from './contactFormValues.ts';

const LABEL_SUGGESTIONS: Record<EntryList, string[]> = {
  emails: ['work', 'home', 'personal', 'other'],
  phones: ['mobile', 'work', 'home', 'other'],
};

export interface EntryRowsProps {
  list: EntryList;
  rows: EntryValues[];
  errors: FormErrors;
  onChange: (rows: EntryValues[]) => void;
}

/**
 * E-mail addresses or phone numbers, each with an optional label, a row each: rows are added and
 * removed with buttons, focus going to the new row, or to the row that takes a removed one's place.
 */
export function EntryRows({ list, rows, errors, onChange }: EntryRowsProps) {
  const name = ENTRY_NAMES[list];
  const lower = name.toLowerCase();
  const isEmail = list === 'emails';
  const listError = errors.field(list);
  const suggestions = `${list}-label-suggestions`;

  function set(index: number, change: Partial<EntryValues>) {
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  }

  function remove(index: number) {
    onChange(rows.filter((_, i) => i !== index));
    const next = index < rows.length - 1 ? index : index - 1;
    focusWhenDrawn([next >= 0 ? entryId(list, next) : null, addEntryId(list)]);
  }

  function add() {
    onChange([...rows, { value: '', label: '' }]);
    focusWhenDrawn(entryId(list, rows.length));
  }

  return (
    <fieldset className="fieldset entry-rows">
      <legend className="fieldset__legend">{isEmail ? 'E-mail addresses' : 'Phone numbers'}</legend>
      {rows.length === 0 && <p className="field__hint">None yet.</p>}
      {rows.map((row, i) => (
        // Rows are named by their place, as the API's issues are (emails.1.value): the index is the key.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <div key={i} className="entry-row">
          <TextField
            {...errors.bind(`${list}.${i}.value`)}
            type={isEmail ? 'email' : 'tel'}
            inputMode={isEmail ? 'email' : 'tel'}
            autoComplete="off"
            value={row.value}
            onChange={(e) => set(i, { value: e.target.value })}
          />
          <TextField
            {...errors.bind(`${list}.${i}.label`)}
            list={suggestions}
            autoComplete="off"
            className="entry-row__label"
            value={row.label}
            onChange={(e) => set(i, { label: e.target.value })}
          />
          <Button
            variant="quiet"
            className="button--quiet-danger entry-row__remove"
            aria-label={`Remove ${lower} ${i + 1}`}
            onClick={() => remove(i)}
          >
            Remove
          </Button>
        </div>
      ))}
      {listError && (
        <p className="field__error" id={`${addEntryId(list)}-error`}>
          <span className="visually-hidden">Error: </span>
          {sentence(listError)}
        </p>
      )}
      <div>
        <Button
          id={addEntryId(list)}
          className="button--small"
          aria-describedby={listError ? `${addEntryId(list)}-error` : undefined}
          onClick={add}
        >
          {isEmail ? 'Add an e-mail address' : 'Add a phone number'}
        </Button>
      </div>
      <datalist id={suggestions}>
        {LABEL_SUGGESTIONS[list].map((label) => (
          <option key={label} value={label} />
        ))}
      </datalist>
    </fieldset>
  );
}
