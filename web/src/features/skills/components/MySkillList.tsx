import type { MySkill } from '@shared/skills/skill.schema.ts';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/Button.tsx';
import { ButtonLink } from '../../../components/ButtonLink.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { AssessmentHistory } from './AssessmentHistory.tsx';
import { skillDetail } from './labels.ts';
import { StandingFacts } from './StandingFacts.tsx';
import './my-skills.css';

/** Above this many skills, a box narrows the list by name. */
const FILTER_FROM = 8;

export interface MySkillListProps {
  skills: readonly MySkill[];
  /** Focus target when a skill leaves the list (its last assessment deleted). */
  onEmptied: () => void;
}

/** The person's skills: their level, others' views, when last assessed, and the history of each. */
export function MySkillList({ skills, onEmptied }: MySkillListProps) {
  const [filter, setFilter] = useState('');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggles = useRef(new Map<string, HTMLButtonElement>());
  const words = filter.trim().toLowerCase();
  const shown = words ? skills.filter((s) => s.skill.name.toLowerCase().includes(words)) : skills;

  function toggle(id: string) {
    setOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  function afterDelete(skillId: string) {
    // Its skill stays while other assessments remain: back to its History button; else it is gone.
    requestAnimationFrame(() => {
      const button = toggles.current.get(skillId);
      if (button?.isConnected) button.focus();
      else onEmptied();
    });
  }

  return (
    <>
      {skills.length > FILTER_FROM && (
        <search className="my-skills__filter" aria-label="Find in your skills">
          <TextField
            id="my-skills-filter"
            label="Find in your skills"
            type="search"
            autoComplete="off"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
          <p className="muted" role="status">
            {words ? `${shown.length} of ${skills.length} skills` : ''}
          </p>
        </search>
      )}
      {shown.length === 0 ? (
        <p className="empty-line">No skill of yours matches “{filter.trim()}”.</p>
      ) : (
        <ul className="my-skills" aria-label="Your skills">
          {shown.map((mine) => {
            const id = mine.skill.id;
            const historyId = `history-${id}`;
            return (
              <li key={id} className="my-skill">
                <div className="my-skill__head">
                  <h3 className="my-skill__name">
                    <Link to={`/skills/${id}`}>{mine.skill.name}</Link>
                  </h3>
                  <span className="my-skill__detail">{skillDetail(mine.skill)}</span>
                </div>
                <StandingFacts standing={mine} />
                <div className="my-skill__actions">
                  <Button
                    variant="quiet"
                    aria-expanded={open.has(id)}
                    aria-controls={historyId}
                    ref={(el) => {
                      if (el) toggles.current.set(id, el);
                      else toggles.current.delete(id);
                    }}
                    onClick={() => toggle(id)}
                  >
                    {open.has(id) ? 'Hide history' : 'Show history'}
                    <span className="visually-hidden"> of {mine.skill.name}</span>
                  </Button>
                  <ButtonLink
                    variant="secondary"
                    size="small"
                    to={`/skills/assess?skillId=${encodeURIComponent(id)}`}
                    state={{ from: '/skills' }}
                  >
                    Assess again<span className="visually-hidden">: {mine.skill.name}</span>
                  </ButtonLink>
                </div>
                {open.has(id) && (
                  <AssessmentHistory id={historyId} skill={mine.skill} onDeleted={() => afterDelete(id)} />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
