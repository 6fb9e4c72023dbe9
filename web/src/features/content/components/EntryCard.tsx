import type { Content } from '@shared/content/content.schema.ts';
import { Badge } from '../../../components/Badge.tsx';
import type { SkillNames } from '../../skills/api/skillNames.ts';
import { EntryActions } from './EntryActions.tsx';
import { entryHeadingId } from './focus.ts';
import { amountTexts, bylineOf, consumedText } from './format.ts';
import { KIND_LABELS, STATUS_LABELS } from './labels.ts';
import { Rating } from './Rating.tsx';

export interface EntryCardProps {
  entry: Content;
  skills: SkillNames;
  today: string;
  /** Where the edit form returns to after saving. */
  from: string;
}

/**
 * One entry of the log: its title (a link to it when it has an address), kind, status, who wrote it
 * and where it came from, when it was finished, how long or big it is, the rating, the takeaways,
 * the skills it develops and the people it was discussed with; then what can be done with it.
 */
export function EntryCard({ entry, skills, today, from }: EntryCardProps) {
  const byline = bylineOf(entry);
  const facts = [consumedText(entry), ...amountTexts(entry)].filter((f): f is string => f !== null);
  const named = entry.skillIds.flatMap((id) => skills.names.get(id) ?? []);
  return (
    <li className="entry-card">
      <h3 className="entry-card__title" id={entryHeadingId(entry.id)} tabIndex={-1}>
        {entry.url ? <a href={entry.url}>{entry.title}</a> : entry.title}
      </h3>
      <p className="entry-card__meta">
        <Badge tone={entry.status === 'in_progress' ? 'accent' : 'muted'}>
          {STATUS_LABELS[entry.status]}
        </Badge>
        <span>{KIND_LABELS[entry.kind]}</span>
        {byline && <span className="entry-card__byline">{byline}</span>}
      </p>
      {(facts.length > 0 || entry.rating !== null || entry.isbn) && (
        <p className="entry-card__facts">
          {facts.map((fact) => (
            <span key={fact}>{fact}</span>
          ))}
          {entry.rating !== null && <Rating rating={entry.rating} />}
          {entry.isbn && <span>ISBN {entry.isbn}</span>}
        </p>
      )}
      {entry.takeaways && (
        <div className="entry-card__takeaways">
          <p className="visually-hidden">Takeaways:</p>
          <p>{entry.takeaways}</p>
        </div>
      )}
      {(named.length > 0 || (skills.pending && entry.skillIds.length > 0)) && (
        <ul
          className="chip-list"
          aria-label={`Skills of ${entry.title}`}
          aria-busy={skills.pending || undefined}
        >
          {named.map((skill) => (
            <li key={skill.id} className="chip">
              {skill.name}
            </li>
          ))}
          {skills.pending && named.length < entry.skillIds.length && (
            <li className="muted">Loading skills…</li>
          )}
        </ul>
      )}
      {entry.discussedWith.length > 0 && (
        <p className="entry-card__people">Discussed with {listOf(entry.discussedWith)}</p>
      )}
      <EntryActions entry={entry} today={today} from={from} />
    </li>
  );
}

/** "Ada", "Ada and Grace", "Ada, Grace and Alan". */
function listOf(names: readonly string[]): string {
  return new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(names);
}
