import { useRef } from 'react';
import { useElementWidth } from '../../../goals/components/chart/useElementWidth.ts';
import { LevelBars } from '../../../skills/components/chart/LevelBars.tsx';
import { Radar } from '../../../skills/components/chart/Radar.tsx';
import { chartPlan } from '../../../skills/components/chart/radarModel.ts';
import { levelLabel } from '../../../skills/components/labels.ts';
import { Legend, ReportChart } from './ReportChart.tsx';
import { type SeriesSkill, skillLines, skillsText } from './skillLines.ts';
import '../../../skills/components/chart/skill-chart.css';

const TITLE = 'Your skills now and at the start';

/**
 * Every skill assessed, at the start of the period (dashed, squares) and now (filled, dots): a
 * radar from three skills, bars under that (a radar of two has no area) and on a narrow screen past six.
 */
export function SkillsChart({ skills }: { skills: readonly SeriesSkill[] }) {
  const frame = useRef<HTMLDivElement>(null);
  const width = Math.max(260, useElementWidth(frame, 560));
  const plan = chartPlan(skillLines(skills), { narrow: width < 400 });
  const level = (n: number | null) => (n === null ? 'Not assessed' : levelLabel(n));
  return (
    <ReportChart
      title={TITLE}
      summary={skillsText(skills)}
      drawing={({ summaryId }) => {
        // The skills' drawings carry their own <title> and <desc>; these repeat the figure's words.
        const labelled = {
          titleId: `${summaryId}-title`,
          descId: `${summaryId}-svg`,
          title: TITLE,
          description: skillsText(skills),
        };
        return (
          <div ref={frame} className="skill-chart__frame">
            {plan.kind === 'radar' && <Radar lines={plan.shown} width={width} {...labelled} />}
            {plan.kind === 'bars' && <LevelBars lines={plan.shown} width={width} {...labelled} />}
            {plan.hidden > 0 && (
              <p className="skill-chart__note">
                The chart shows the first {plan.shown.length} skills; the other {plan.hidden} are in its data.
              </p>
            )}
          </div>
        );
      }}
      legend={
        <Legend
          entries={[
            {
              label: 'At the start (dashed, squares)',
              swatch: (
                <>
                  <line className="skill-chart__required" x1="2" x2="30" y1="6" y2="6" />
                  <rect className="skill-chart__required-mark" x="13" y="3" width="6" height="6" />
                </>
              ),
            },
            {
              label: 'Now (solid, dots)',
              swatch: (
                <>
                  <line className="skill-chart__current" x1="2" x2="30" y1="6" y2="6" />
                  <circle className="skill-chart__current-mark" cx="16" cy="6" r="3.5" />
                </>
              ),
            },
          ]}
        />
      }
      table={
        <table className="data-table">
          <caption className="visually-hidden">
            Your own level of each skill at the start and the end of the period
          </caption>
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col">At the start</th>
              <th scope="col">Now</th>
            </tr>
          </thead>
          <tbody>
            {skills.map((s) => (
              <tr key={s.skill.id}>
                <th scope="row">{s.skill.name}</th>
                <td>{level(s.from)}</td>
                <td>{level(s.to)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
