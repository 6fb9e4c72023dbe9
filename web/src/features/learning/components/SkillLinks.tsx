import { Link } from 'react-router';
import type { SkillNames } from '../../skills/api/skillNames.ts';
import './skill-links.css';

export interface SkillLinksProps {
  ids: readonly string[];
  skills: SkillNames;
  /** Names the list for screen readers: "Skills of Rust in Action". */
  label: string;
}

/**
 * An entry's skills as small links to each skill's page, in the entry's order; nothing without any.
 * A skill that could not be read (deleted since) is left out.
 */
export function SkillLinks({ ids, skills, label }: SkillLinksProps) {
  const known = ids.flatMap((id) => skills.names.get(id) ?? []);
  if (known.length === 0 && !skills.pending) return null;
  return (
    <ul className="skill-links" aria-label={label} aria-busy={skills.pending || undefined}>
      {known.map((skill) => (
        <li key={skill.id}>
          <Link to={`/skills/${skill.id}`}>{skill.name}</Link>
        </li>
      ))}
      {skills.pending && known.length < ids.length && <li className="muted">Loading skills…</li>}
    </ul>
  );
}
