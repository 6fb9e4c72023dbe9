import { IMPORTANCE_NAMES } from '@shared/skills/levels.ts';
import type { GapItem } from '@shared/skills/skill.schema.ts';
import { Badge } from '../../../components/Badge.tsx';
import { ButtonLink } from '../../../components/ButtonLink.tsx';
import { LevelMeter } from './LevelMeter.tsx';
import { ASSESSOR_LABELS, viewsOf } from './labels.ts';
import './gap-list.css';

export interface GapListProps {
  items: readonly GapItem[];
  /** Skills the person has assessed themselves: the others count as 0, and say so. */
  assessed: ReadonlySet<string> | undefined;
  /** Where the Assess action returns to after saving. */
  from: string;
}

/**
 * The role's requirements, highest priority (importance × gap) first: the person's level against
 * the one required, the gap, the priority, others' views, and a way to assess the skill. Met
 * requirements come last, marked "Met" in words.
 */
export function GapList({ items, assessed, from }: GapListProps) {
  return (
    <ol className="gap-list" aria-label="Skills by priority, highest first">
      {items.map((item, index) => {
        const views = viewsOf(item.views);
        const unassessed = assessed !== undefined && !assessed.has(item.skill.id);
        return (
          <li key={item.skill.id} className={item.gap === 0 ? 'gap-item gap-item--met' : 'gap-item'}>
            <div className="gap-item__head">
              {/* The list says the order to assistive technology; the number says it to the eye. */}
              <span className="gap-item__rank" aria-hidden="true">
                {index + 1}.
              </span>
              <h3 className="gap-item__name">{item.skill.name}</h3>
              {item.gap === 0 ? (
                <Badge>Met</Badge>
              ) : (
                <Badge tone="muted">
                  {item.gap} {item.gap === 1 ? 'level' : 'levels'} to go
                </Badge>
              )}
            </div>
            <dl className="gap-item__facts">
              <div>
                <dt>You</dt>
                <dd>
                  <LevelMeter level={item.current} />
                  {unassessed && <span className="gap-item__note">Not assessed yet, counted as 0</span>}
                </dd>
              </div>
              <div>
                <dt>Required</dt>
                <dd>
                  <LevelMeter level={item.required} />
                </dd>
              </div>
              <div>
                <dt>Gap</dt>
                <dd className="gap-item__number">{item.gap}</dd>
              </div>
              <div>
                <dt>Priority</dt>
                <dd>
                  <span className="gap-item__number">{item.priority}</span>
                  <span className="gap-item__note">
                    {IMPORTANCE_NAMES[item.importance]} ({item.importance}) × gap {item.gap}
                  </span>
                </dd>
              </div>
              <div>
                <dt>Others’ views</dt>
                <dd>
                  {views.length === 0 ? (
                    <span className="muted">None</span>
                  ) : (
                    <ul className="gap-item__views">
                      {views.map((v) => (
                        <li key={v.source}>
                          {ASSESSOR_LABELS[v.source]}: <LevelMeter level={v.level} />
                        </li>
                      ))}
                    </ul>
                  )}
                </dd>
              </div>
            </dl>
            <ButtonLink
              variant="secondary"
              size="small"
              className="gap-item__assess"
              to={`/skills/assess?skillId=${encodeURIComponent(item.skill.id)}`}
              state={{ from }}
            >
              Assess<span className="visually-hidden"> {item.skill.name}</span>
            </ButtonLink>
          </li>
        );
      })}
    </ol>
  );
}
