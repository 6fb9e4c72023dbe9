import type { Skill } from '@shared/skills/skill.schema.ts';
import { type KeyboardEvent, useEffect, useState } from 'react';
import { Button } from '../../../components/Button.tsx';
import { type FieldMap, FormError } from '../../../components/FormError.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { sentence } from '../../../components/text.ts';
import { useFormErrors } from '../../../components/useFormErrors.ts';
import { CreateSkillBody } from '../api/schemas.ts';
import { useCreateSkill } from '../api/skills.ts';
import { KIND_LABELS, type SkillKind } from './labels.ts';
import './skill-picker.css';

export interface NewSkillFieldsProps {
  idPrefix: string;
  /** The name typed in the search box. */
  name: string;
  onAdded: (skill: Skill) => void;
  onCancel: () => void;
}

const KIND_HINTS: Record<SkillKind, string> = {
  hard: 'A technique, tool or body of knowledge: SQL, bookkeeping, welding.',
  soft: 'A way of working with people and problems: negotiation, coaching.',
};

/**
 * A skill of the person's own: its name, kind and optional category. A group of fields rather than
 * a form, as it sits inside another form; Enter in a field adds the skill instead of sending that form.
 */
export function NewSkillFields({ idPrefix, name: initialName, onAdded, onCancel }: NewSkillFieldsProps) {
  const create = useCreateSkill();
  const showStatus = useStatus();
  const fields: FieldMap = {
    name: { id: `${idPrefix}-name`, label: 'Name of the skill', name: 'Name' },
    kind: { id: `${idPrefix}-kind-hard`, label: 'Kind' },
    category: { id: `${idPrefix}-category`, label: 'Category (optional)', name: 'Category' },
  };
  const errors = useFormErrors(create.error, fields);
  const [name, setName] = useState(initialName);
  const [kind, setKind] = useState<SkillKind>('hard');
  const [category, setCategory] = useState('');
  const nameId = `${idPrefix}-name`;

  useEffect(() => {
    // Opened from the search's suggestion: the person continues in the new fields.
    document.getElementById(nameId)?.focus();
  }, [nameId]);

  function add() {
    const body = errors.validate(CreateSkillBody, {
      name,
      kind,
      ...(category.trim() ? { category } : {}),
    });
    if (!body) return;
    create.mutate(body, {
      onSuccess: (skill) => {
        showStatus(`“${skill.name}” added as a skill of your own.`);
        onAdded(skill);
      },
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLFieldSetElement>) {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement && event.target.type !== 'radio') {
      event.preventDefault();
      add();
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  }

  const kindError = errors.field('kind');
  return (
    <fieldset className="new-skill" onKeyDown={onKeyDown}>
      <legend className="new-skill__title">Add a skill of your own</legend>
      <FormError message={errors.message} issues={errors.issues} fields={fields} />
      <TextField
        {...errors.bind('name')}
        autoComplete="off"
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <fieldset className={kindError ? 'radio-group field--invalid' : 'radio-group'}>
        <legend className="field__label">Kind</legend>
        {kindError && (
          <p className="field__error">
            <span className="visually-hidden">Error: </span>
            {sentence(kindError)}
          </p>
        )}
        {(['hard', 'soft'] as const).map((k) => (
          <div key={k} className="check-field">
            <input
              type="radio"
              id={`${idPrefix}-kind-${k}`}
              name={`${idPrefix}-kind`}
              checked={kind === k}
              aria-describedby={`${idPrefix}-kind-${k}-hint`}
              onChange={() => setKind(k)}
            />
            <div>
              <label htmlFor={`${idPrefix}-kind-${k}`}>{KIND_LABELS[k]}</label>
              <span className="new-skill__hint" id={`${idPrefix}-kind-${k}-hint`}>
                {KIND_HINTS[k]}
              </span>
            </div>
          </div>
        ))}
      </fieldset>
      <TextField
        {...errors.bind('category')}
        hint="Where it belongs, e.g. “Data” or “Leadership”."
        autoComplete="off"
        value={category}
        onChange={(e) => setCategory(e.target.value)}
      />
      <div className="form__actions">
        <Button variant="primary" onClick={add} pending={create.isPending} pendingLabel="Adding…">
          Add skill
        </Button>
        <Button variant="quiet" onClick={onCancel} disabled={create.isPending}>
          Cancel
        </Button>
      </div>
    </fieldset>
  );
}
