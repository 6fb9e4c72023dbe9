import type { MySkill } from '@shared/skills/skill.schema.ts';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { LevelMeter } from './LevelMeter.tsx';
import { ASSESSOR_LABELS, viewsOf } from './labels.ts';

/** Where the person stands on a skill: their own level, others' latest views, when last assessed. */
export function StandingFacts({ standing }: { standing: MySkill }) {
  const views = viewsOf(standing.views);
  return (
    <dl className="my-skill__facts">
      <div>
        <dt>Your level</dt>
        <dd>
          {standing.current === null ? (
            <span className="muted">Not assessed by you yet</span>
          ) : (
            <LevelMeter level={standing.current} />
          )}
        </dd>
      </div>
      <div>
        <dt>Others’ views</dt>
        <dd>
          {views.length === 0 ? (
            <span className="muted">None yet</span>
          ) : (
            <ul className="my-skill__views">
              {views.map((v) => (
                <li key={v.source}>
                  {ASSESSOR_LABELS[v.source]}: <LevelMeter level={v.level} />
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div>
        <dt>Last assessed</dt>
        <dd>
          <time dateTime={standing.lastAssessedOn}>{formatDate(standing.lastAssessedOn)}</time>
        </dd>
      </div>
    </dl>
  );
}
