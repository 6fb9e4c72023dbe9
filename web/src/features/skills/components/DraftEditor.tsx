import { IMPORTANCE_NAMES } from '@shared/skills/levels.ts';
import type { Dispatch } from 'react';
import { Badge } from '../../../components/Badge.tsx';
import { Button } from '../../../components/Button.tsx';
import type { FieldMap } from '../../../components/FormError.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { TextAreaField } from '../../../components/TextAreaField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import type { FormErrors } from '../../../components/useFormErrors.ts';
import { ADDED_IMPORTANCE, ADDED_LEVEL, type DraftAction, type RoleDraft } from './draft.ts';
import { IMPORTANCE_OPTIONS, LEVEL_OPTIONS, levelLabel, SECTION_LABELS, skillDetail } from './labels.ts';
import { SkillPicker } from './SkillPicker.tsx';
import './draft-editor.css';

/** The role form's fields by API issue path; `requirements` problems link to the box that adds a skill. */
export const roleFields: FieldMap = {
  title: { id: 'role-title', label: 'Title' },
  description: { id: 'role-description', label: 'Description (optional)', name: 'Description' },
  requirements: { id: 'role-add-skill', label: 'Add a skill', name: 'Skills' },
};

export interface DraftEditorProps {
  draft: RoleDraft;
  dispatch: Dispatch<DraftAction>;
  errors: FormErrors;
  /** The heading of the list of skills, e.g. "Skills found in the posting". */
  rowsTitle: string;
}

/**
 * A role being written: its title and description, then one card per required skill (where the
 * posting named it and the line it was found on, its level and importance to choose, Remove), and
 * a search to add another. Each card is a group named by its skill, so "Level" and "Importance"
 * are announced with it.
 */
export function DraftEditor({ draft, dispatch, errors, rowsTitle }: DraftEditorProps) {
  const showStatus = useStatus();
  const chosen = new Set(draft.rows.map((r) => r.skill.id));

  function remove(index: number) {
    const row = draft.rows[index]!;
    dispatch({ type: 'remove', skillId: row.skill.id });
    showStatus(`${row.skill.name} removed from the role.`);
    // Focus moves to the next card's Remove (or the one before, or the search when none is left).
    requestAnimationFrame(() => {
      const buttons = document.querySelectorAll<HTMLButtonElement>('.draft-row__remove');
      const next = buttons[Math.min(index, buttons.length - 1)];
      if (next) next.focus();
      else document.getElementById(roleFields.requirements!.id)?.focus();
    });
  }

  return (
    <>
      <TextField
        {...errors.bind('title')}
        hint="The role as you would name it, e.g. “Senior Platform Engineer”."
        autoComplete="off"
        value={draft.title}
        onChange={(e) => dispatch({ type: 'title', title: e.target.value })}
      />
      <TextAreaField
        {...errors.bind('description')}
        hint="What the role does, in a sentence or two."
        value={draft.description}
        onChange={(e) => dispatch({ type: 'description', description: e.target.value })}
      />
      <section className="draft-rows-section" aria-labelledby="draft-rows-title">
        <h2 className="draft-rows-section__title" id="draft-rows-title">
          {rowsTitle} <span className="draft-rows-section__count">({draft.rows.length})</span>
        </h2>
        {draft.removed && (
          <p className="draft-undo">
            {draft.removed.row.skill.name} was removed.{' '}
            <Button
              variant="quiet"
              onClick={() => {
                const name = draft.removed?.row.skill.name;
                dispatch({ type: 'undo-remove' });
                showStatus(`${name} is back in the role.`);
              }}
            >
              Undo
            </Button>
          </p>
        )}
        {draft.rows.length > 0 && (
          <ul className="draft-rows" aria-label={rowsTitle}>
            {draft.rows.map((row, index) => {
              const id = `draft-${row.skill.id}`;
              return (
                <li key={row.skill.id}>
                  <fieldset className="draft-row" aria-labelledby={`${id}-name`}>
                    <div className="draft-row__head">
                      <h3 className="draft-row__name" id={`${id}-name`}>
                        {row.skill.name}
                      </h3>
                      <span className="draft-row__detail">{skillDetail(row.skill)}</span>
                      {row.section ? (
                        <Badge tone={row.section === 'required' ? 'accent' : 'muted'}>
                          <span className="visually-hidden">Posting section: </span>
                          {SECTION_LABELS[row.section]}
                        </Badge>
                      ) : (
                        <Badge tone="muted">Added by you</Badge>
                      )}
                    </div>
                    {row.evidence && (
                      <blockquote className="draft-row__evidence">
                        <span className="visually-hidden">Found in the posting: </span>
                        {row.evidence}
                      </blockquote>
                    )}
                    <div className="draft-row__choices">
                      <SelectField
                        id={`${id}-level`}
                        label="Level"
                        value={String(row.level)}
                        onChange={(e) =>
                          dispatch({ type: 'level', skillId: row.skill.id, level: Number(e.target.value) })
                        }
                        options={LEVEL_OPTIONS}
                      />
                      <SelectField
                        id={`${id}-importance`}
                        label="Importance"
                        value={String(row.importance)}
                        onChange={(e) =>
                          dispatch({
                            type: 'importance',
                            skillId: row.skill.id,
                            importance: Number(e.target.value),
                          })
                        }
                        options={IMPORTANCE_OPTIONS}
                      />
                      <Button
                        variant="quiet"
                        className="button--quiet-danger draft-row__remove"
                        onClick={() => remove(index)}
                      >
                        Remove<span className="visually-hidden"> {row.skill.name}</span>
                      </Button>
                    </div>
                  </fieldset>
                </li>
              );
            })}
          </ul>
        )}
        <SkillPicker
          {...errors.bind('requirements')}
          hint={`Search the catalogue; a skill you add starts at ${levelLabel(ADDED_LEVEL)}, ${IMPORTANCE_NAMES[ADDED_IMPORTANCE]}.`}
          exclude={chosen}
          clearOnPick
          onPick={(skill) => {
            dispatch({ type: 'add', skill });
            showStatus(
              `${skill.name} added at ${levelLabel(ADDED_LEVEL)}, ${IMPORTANCE_NAMES[ADDED_IMPORTANCE]}.`,
            );
          }}
        />
      </section>
    </>
  );
}
