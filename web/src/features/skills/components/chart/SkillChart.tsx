import { LEVEL_MAX } from '@shared/skills/levels.ts';
import { useId, useRef } from 'react';
import { useElementWidth } from '../../../goals/components/chart/useElementWidth.ts';
import { levelLabel } from '../labels.ts';
import { LevelBars } from './LevelBars.tsx';
import { Radar } from './Radar.tsx';
import { type ChartLine, chartPlan } from './radarModel.ts';
import '../skill-table.css';
import './skill-chart.css';

export interface SkillChartProps {
  /** The role's title, for the chart's accessible name. */
  roleTitle: string;
  /** One line per requirement, highest priority first. */
  lines: readonly ChartLine[];
}

/**
 * The person's levels against a role's required levels: a radar from three requirements (the
 * twelve with the highest priority when there are more, said under it), bars for one or two, and
 * on a phone's width for more than six, whose labels would crowd a small radar. The
 * drawing has a title and a one-paragraph description; "Show data" has every number in a table.
 * Required and current differ by line style and marker as well as colour.
 */
export function SkillChart({ roleTitle, lines }: SkillChartProps) {
  const frame = useRef<HTMLDivElement>(null);
  const width = Math.max(260, useElementWidth(frame, 560));
  const titleId = useId();
  const descId = useId();
  const plan = chartPlan(lines, { narrow: width < 400 });
  if (plan.kind === 'none') return null;
  const title = `Your levels against those ${roleTitle} requires`;
  const description = chartDescription(lines, plan.hidden);
  const labelled = { titleId, descId, title, description };

  return (
    <figure className="skill-chart">
      <div ref={frame} className="skill-chart__frame">
        {plan.kind === 'radar' ? (
          <Radar lines={plan.shown} width={width} {...labelled} />
        ) : (
          <LevelBars lines={plan.shown} width={width} {...labelled} />
        )}
      </div>
      <figcaption>
        <ul className="skill-legend">
          <li>
            <svg className="skill-legend__swatch" viewBox="0 0 32 12" aria-hidden="true" focusable="false">
              <line className="skill-chart__required" x1="2" x2="30" y1="6" y2="6" />
              <rect className="skill-chart__required-mark" x="13" y="3" width="6" height="6" />
            </svg>
            Required level (dashed, squares)
          </li>
          <li>
            <svg className="skill-legend__swatch" viewBox="0 0 32 12" aria-hidden="true" focusable="false">
              <line className="skill-chart__current" x1="2" x2="30" y1="6" y2="6" />
              <circle className="skill-chart__current-mark" cx="16" cy="6" r="3.5" />
            </svg>
            Your level (solid, dots)
          </li>
        </ul>
        {plan.hidden > 0 && (
          <p className="skill-chart__note">
            The chart shows the {plan.shown.length} skills with the highest priority; the other {plan.hidden}{' '}
            are in the data table and the gap below.
          </p>
        )}
      </figcaption>
      <details className="skill-chart__data">
        <summary>Show data</summary>
        <table className="skill-table">
          <caption className="visually-hidden">Your level and the required level of each skill</caption>
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col">Your level</th>
              <th scope="col">Required</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.skillId}>
                <th scope="row">{line.name}</th>
                <td>{levelLabel(line.current)}</td>
                <td>{levelLabel(line.required)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** The chart in a few sentences: how many skills, which are met, and the largest gaps. */
export function chartDescription(lines: readonly ChartLine[], hidden = 0): string {
  const met = lines.filter((l) => l.current >= l.required);
  const short = lines.filter((l) => l.current < l.required);
  const parts = [
    `${lines.length} required ${lines.length === 1 ? 'skill' : 'skills'}, on a scale of 0 to ${LEVEL_MAX}.`,
  ];
  if (hidden > 0) parts.push(`The drawing shows the ${lines.length - hidden} with the highest priority.`);
  if (short.length === 0) parts.push('You meet every required level.');
  else {
    parts.push(
      met.length === 0
        ? 'You meet none of the required levels yet.'
        : `You meet the required level in ${met.length}: ${met.map((l) => l.name).join(', ')}.`,
    );
    const largest = [...short].sort((a, b) => b.required - b.current - (a.required - a.current)).slice(0, 3);
    parts.push(`Largest gaps: ${largest.map((l) => `${l.name}, ${l.current} of ${l.required}`).join('; ')}.`);
  }
  return parts.join(' ');
}
