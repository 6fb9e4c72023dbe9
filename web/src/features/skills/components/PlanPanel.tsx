import type { Goal } from '@shared/goals/goal.schema.ts';
import type { GapItem, PlannedGoal } from '@shared/skills/skill.schema.ts';
import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../../components/Button.tsx';
import { FormError } from '../../../components/FormError.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { useFormErrors } from '../../../components/useFormErrors.ts';
import { useGoals } from '../../goals/api/goals.ts';
import { plural, shortTitle } from '../../goals/components/detail/family.ts';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { useAcceptPlan, useProposePlan } from '../api/targets.ts';
import { levelLabel } from './labels.ts';
import '../../../components/Notice.css';
import './plan.css';
import { focusWhenDrawn } from '../../../components/focusWhenDrawn.ts';

type Period = 'quarter' | 'month';

const PERIODS: readonly { value: Period; label: string; hint: string }[] = [
  { value: 'quarter', label: 'Quarters', hint: 'A slice per quarter (or more, where a level takes longer).' },
  { value: 'month', label: 'Months', hint: 'A slice per month, for a closer rhythm.' },
];

const STEP_LABELS = { learning: 'Learn', practice: 'Practise' } as const;

export interface PlanPanelProps {
  targetId: string;
  items: readonly GapItem[];
}

/**
 * The plan: how many skills and what rhythm, then the proposed goals (one per skill with the
 * highest priority, each with its slices in levels and a learning and a practice step), chosen with
 * checkboxes and created in one go. A skill that already has a goal starts unticked.
 */
export function PlanPanel({ targetId, items }: PlanPanelProps) {
  const open = items.filter((i) => i.gap > 0).length;
  const [maxSkills, setMaxSkills] = useState(Math.min(3, Math.max(1, open)));
  const [period, setPeriod] = useState<Period>('quarter');
  const [proposal, setProposal] = useState<{ period: Period; goals: PlannedGoal[] } | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [created, setCreated] = useState<Goal[] | null>(null);
  const propose = useProposePlan(targetId);
  const accept = useAcceptPlan(targetId);
  const goals = useGoals({ root: 'true' });
  const proposeErrors = useFormErrors(propose.error);
  const acceptErrors = useFormErrors(accept.error);
  const proposalHeading = useRef<HTMLHeadingElement>(null);
  const done = useRef<HTMLDivElement>(null);
  const showStatus = useStatus();
  const existing = (skillId: string) =>
    goals.data?.find((g) => g.state === 'active' && g.skillIds.includes(skillId));

  if (open === 0) {
    return (
      <p className="empty-line">You meet every required level of this role: there is nothing to plan.</p>
    );
  }

  function onPropose(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    propose.mutate(
      { maxSkills, period },
      {
        onSuccess: (planned) => {
          setProposal({ period, goals: planned });
          setChosen(new Set(planned.filter((p) => !existing(p.skillId)).map((p) => p.skillId)));
          accept.reset();
          focusWhenDrawn(() => proposalHeading.current);
        },
      },
    );
  }

  function toggle(skillId: string) {
    setChosen((prev) => {
      const next = new Set(prev);
      if (!next.delete(skillId)) next.add(skillId);
      return next;
    });
  }

  function onAccept(event: FormEvent) {
    event.preventDefault();
    if (!proposal) return;
    const skillIds = proposal.goals.map((p) => p.skillId).filter((id) => chosen.has(id));
    if (skillIds.length === 0) return;
    accept.mutate(
      { skillIds, period: proposal.period },
      {
        onSuccess: (goalsMade) => {
          setCreated(goalsMade);
          setProposal(null);
          showStatus(`Created ${plural(goalsMade.length, 'goal')}.`);
          focusWhenDrawn(() => done.current);
        },
      },
    );
  }

  const count = proposal ? proposal.goals.filter((p) => chosen.has(p.skillId)).length : 0;

  return (
    <div className="plan">
      <form className="form plan-form" noValidate onSubmit={onPropose}>
        <FormError message={proposeErrors.message} issues={proposeErrors.issues} />
        <div className="form-row">
          <SelectField
            id="plan-max-skills"
            label="Skills to plan for"
            hint={`The ones with the highest priority, of ${plural(open, 'skill')} with a gap.`}
            value={String(maxSkills)}
            onChange={(e) => setMaxSkills(Number(e.target.value))}
            options={Array.from(
              { length: Math.min(10, open) },
              (_, i) => [String(i + 1), String(i + 1)] as const,
            )}
          />
          <fieldset className="radio-group">
            <legend className="field__label">Slices</legend>
            {PERIODS.map((p) => (
              <div key={p.value} className="check-field">
                <input
                  type="radio"
                  id={`plan-period-${p.value}`}
                  name="plan-period"
                  checked={period === p.value}
                  aria-describedby={`plan-period-${p.value}-hint`}
                  onChange={() => setPeriod(p.value)}
                />
                <div>
                  <label htmlFor={`plan-period-${p.value}`}>{p.label}</label>
                  <span className="plan-form__hint" id={`plan-period-${p.value}-hint`}>
                    {p.hint}
                  </span>
                </div>
              </div>
            ))}
          </fieldset>
        </div>
        <div className="form__actions">
          <Button
            type="submit"
            variant={proposal ? 'secondary' : 'primary'}
            pending={propose.isPending}
            pendingLabel="Proposing…"
          >
            {proposal ? 'Propose again' : 'Propose a plan'}
          </Button>
          <span className="muted">Proposing saves nothing.</span>
        </div>
      </form>

      {created && (
        <div ref={done} tabIndex={-1} className="notice plan-done">
          <p>
            Created {plural(created.length, 'goal')}, each with its slices and a learning and a practice step:
          </p>
          <ul>
            {created.map((goal) => (
              <li key={goal.id}>
                <Link to={`/goals/${goal.id}`}>{goal.title}</Link>
              </li>
            ))}
          </ul>
          <p>Your self-assessments of these skills check in on them as your level grows.</p>
        </div>
      )}

      {proposal && (
        <form className="plan-proposal" noValidate onSubmit={onAccept} aria-labelledby="plan-proposal-title">
          <h3 id="plan-proposal-title" ref={proposalHeading} tabIndex={-1}>
            Proposed goals
          </h3>
          {proposal.goals.length === 0 ? (
            <p className="empty-line">There is nothing to propose: every required level is met.</p>
          ) : (
            <>
              <p className="muted">
                Tick the goals to create. Each raises one skill to the level the role requires, measured in
                levels, by {formatDate(proposal.goals[0]!.goal.dueDate)}.
              </p>
              <FormError message={acceptErrors.message} issues={acceptErrors.issues} />
              <ul className="plan-goals">
                {proposal.goals.map((planned) => (
                  <PlannedGoalCard
                    key={planned.skillId}
                    planned={planned}
                    checked={chosen.has(planned.skillId)}
                    onToggle={() => toggle(planned.skillId)}
                    existing={existing(planned.skillId)}
                  />
                ))}
              </ul>
              <div className="form__actions">
                <Button
                  type="submit"
                  variant="primary"
                  disabled={count === 0}
                  pending={accept.isPending}
                  pendingLabel="Creating…"
                >
                  {count === 1 ? 'Create this goal' : `Create these goals (${count})`}
                </Button>
                {count === 0 && <span className="muted">Tick at least one goal.</span>}
              </div>
            </>
          )}
        </form>
      )}
    </div>
  );
}

function PlannedGoalCard({
  planned,
  checked,
  onToggle,
  existing,
}: {
  planned: PlannedGoal;
  checked: boolean;
  onToggle: () => void;
  existing: Goal | undefined;
}) {
  const { goal, slices, steps } = planned;
  const id = `plan-${planned.skillId}`;
  return (
    <li className={checked ? 'plan-goal plan-goal--chosen' : 'plan-goal'}>
      <div className="check-field">
        <input
          type="checkbox"
          id={id}
          checked={checked}
          onChange={onToggle}
          aria-describedby={`${id}-what`}
        />
        <label htmlFor={id}>{goal.title}</label>
      </div>
      <p className="plan-goal__what" id={`${id}-what`}>
        From {levelLabel(goal.metric.baseline)} to {levelLabel(goal.metric.target)},{' '}
        <time dateTime={goal.startDate}>{formatDate(goal.startDate)}</time> to{' '}
        <time dateTime={goal.dueDate}>{formatDate(goal.dueDate)}</time>.
        {existing && (
          <>
            {' '}
            You already have a goal for this skill: <Link to={`/goals/${existing.id}`}>{existing.title}</Link>
            .
          </>
        )}
      </p>
      <div className="plan-goal__parts">
        <div>
          <h4 className="plan-goal__subtitle">{plural(slices.length, 'slice')}</h4>
          <ol className="plan-goal__slices">
            {slices.map((slice) => (
              <li key={slice.startDate}>
                <span className="plan-goal__slice-name">{shortTitle(slice, goal.title)}</span>{' '}
                <span className="muted">
                  {slice.metric ? `to ${levelLabel(slice.metric.target)}, ` : ''}
                  <time dateTime={slice.startDate}>{formatDate(slice.startDate)}</time> –{' '}
                  <time dateTime={slice.dueDate}>{formatDate(slice.dueDate)}</time>
                </span>
              </li>
            ))}
          </ol>
        </div>
        <div>
          <h4 className="plan-goal__subtitle">Steps</h4>
          <ul className="plan-goal__steps">
            {steps.map((step) => (
              <li key={step.kind}>
                <span className="plan-goal__step-kind">{STEP_LABELS[step.kind]}:</span> {step.title}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </li>
  );
}
