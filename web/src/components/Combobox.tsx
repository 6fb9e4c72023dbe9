import { type KeyboardEvent, type ReactNode, type Ref, useId, useState } from 'react';
import { Field } from './Field.tsx';
import './Combobox.css';

export interface ComboboxOption {
  /** Unique among the options; also makes the option's element id. */
  key: string;
  label: string;
  /** A second, quieter line: what the option is ("Hard skill · Data"). */
  detail?: string | undefined;
}

export interface ComboboxProps<O extends ComboboxOption> {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** The text typed. */
  value: string;
  onValueChange: (value: string) => void;
  /** The options for the text typed (the caller searches). */
  options: readonly O[];
  onSelect: (option: O) => void;
  /** True while the options for the latest text are on their way. */
  loading?: boolean;
  /** Said by screen readers when the options change, e.g. "5 skills found". */
  status: string;
  placeholder?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A text box with a list of suggestions below it (the ARIA combobox pattern, list autocomplete):
 * typing filters, Down and Up move through the options, Enter chooses, Escape closes the list and
 * then clears the text. The list opens while the box has focus and text; choosing keeps focus in
 * the box. The count of options is announced in a polite live region.
 */
export function Combobox<O extends ComboboxOption>({
  id,
  label,
  hint,
  error,
  value,
  onValueChange,
  options,
  onSelect,
  loading = false,
  status,
  placeholder,
  inputRef,
}: ComboboxProps<O>) {
  const listId = useId();
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [active, setActive] = useState(-1);
  const open = focused && !dismissed && value.trim() !== '' && options.length > 0;
  const optionId = (index: number) => `${listId}-option-${index}`;
  const current = active >= 0 && active < options.length ? active : -1;

  function move(to: number) {
    setDismissed(false);
    setActive(to);
    // The active option stays in view in a list that scrolls.
    requestAnimationFrame(() => document.getElementById(optionId(to))?.scrollIntoView({ block: 'nearest' }));
  }

  function choose(option: O) {
    onSelect(option);
    setActive(-1);
    setDismissed(true);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = options.length;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (count > 0) move(!open || current === -1 ? 0 : (current + 1) % count);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (count > 0) move(!open || current <= 0 ? count - 1 : current - 1);
    } else if (event.key === 'Enter') {
      // Enter in an open list chooses; it never submits the form around the box.
      if (open) event.preventDefault();
      if (open && current >= 0) choose(options[current]!);
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        setDismissed(true);
        setActive(-1);
      } else if (value !== '') {
        event.preventDefault();
        onValueChange('');
      }
    }
  }

  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <div className="combobox">
          <input
            {...control}
            ref={inputRef}
            type="text"
            className="input"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={listId}
            aria-activedescendant={open && current >= 0 ? optionId(current) : undefined}
            autoComplete="off"
            spellCheck={false}
            placeholder={placeholder}
            value={value}
            onChange={(e) => {
              onValueChange(e.target.value);
              setDismissed(false);
              setActive(-1);
            }}
            onKeyDown={onKeyDown}
            onFocus={() => setFocused(true)}
            onBlur={() => {
              setFocused(false);
              setActive(-1);
            }}
          />
          {/* The ARIA combobox pattern: a listbox of options that never take focus themselves; the
              box points at the active one (aria-activedescendant) and the keyboard works there. */}
          {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the pattern's listbox */}
          <ul id={listId} role="listbox" aria-label={label} className="combobox__list" hidden={!open}>
            {options.map((option, index) => (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard works through the box
              // biome-ignore lint/a11y/useFocusableInteractive: options are reached through aria-activedescendant
              <li
                key={option.key}
                id={optionId(index)}
                // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the pattern's option
                role="option"
                aria-selected={index === current}
                className={
                  index === current ? 'combobox__option combobox__option--active' : 'combobox__option'
                }
                // Keep focus in the box: a mouse press on the list would blur it first.
                onMouseDown={(e) => e.preventDefault()}
                onMouseMove={() => index !== current && setActive(index)}
                onClick={() => choose(option)}
              >
                <span className="combobox__label">{option.label}</span>
                {option.detail && <span className="combobox__detail">{option.detail}</span>}
              </li>
            ))}
          </ul>
          <p className="visually-hidden" role="status" aria-atomic="true">
            {focused && value.trim() !== '' && !loading ? status : ''}
          </p>
        </div>
      )}
    </Field>
  );
}
