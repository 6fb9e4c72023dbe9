import { Link } from 'react-router';
import './breadcrumb.css';

/** The way back up from a skills page: the pages above it, outermost first. */
export function Breadcrumb({ trail }: { trail: readonly (readonly [to: string, label: string])[] }) {
  return (
    <nav aria-label="Breadcrumb" className="skills-breadcrumb">
      <ol>
        {trail.map(([to, label]) => (
          <li key={to}>
            <Link to={to}>{label}</Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
