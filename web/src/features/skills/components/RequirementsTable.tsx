import { IMPORTANCE_NAMES } from '@shared/skills/levels.ts';
import type { MySkill, Role } from '@shared/skills/skill.schema.ts';
import { levelLabel, skillDetail } from './labels.ts';
import './skill-table.css';

export interface RequirementsTableProps {
  role: Pick<Role, 'title' | 'requirements'>;
  /** The person's skills, for their own level beside each requirement, once known. */
  mine?: readonly MySkill[] | undefined;
}

/** A role's required skills, most important first: the level each needs, how much it matters, and the person's. */
export function RequirementsTable({ role, mine }: RequirementsTableProps) {
  const levels = new Map(mine?.map((m) => [m.skill.id, m.current]));
  return (
    <table className="skill-table requirements-table">
      <caption className="visually-hidden">Skills {role.title} requires, most important first</caption>
      <thead>
        <tr>
          <th scope="col">Skill</th>
          <th scope="col">Level</th>
          <th scope="col">Importance</th>
          {mine && (
            <th scope="col" className="requirements-table__you">
              You
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {role.requirements.map((r) => {
          const current = levels.get(r.skill.id);
          const yours =
            current === undefined || current === null ? (
              <span className="muted">Not assessed</span>
            ) : (
              <>
                {levelLabel(current)}
                {current >= r.level && ' (met)'}
              </>
            );
          return (
            <tr key={r.skill.id}>
              <th scope="row">
                {r.skill.name}
                <span className="skill-table__detail">{skillDetail(r.skill)}</span>
                {/* On a phone the fourth column goes, and the person's level comes under the skill. */}
                {mine && (
                  <span className="skill-table__detail requirements-table__you-inline">You: {yours}</span>
                )}
              </th>
              <td>{levelLabel(r.level)}</td>
              <td>{IMPORTANCE_NAMES[r.importance]}</td>
              {mine && <td className="requirements-table__you">{yours}</td>}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
