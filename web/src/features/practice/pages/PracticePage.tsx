import type { PracticeEntry } from '@shared/practice/practice.schema.ts';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { Button } from '../../../components/Button.tsx';
import { LoadError, Loading } from '../../../components/LoadState.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { useGoals } from '../../goals/api/goals.ts';
import { plural } from '../../goals/components/detail/family.ts';
import { formatDate, useToday } from '../../goals/components/widgets/dates.ts';
import { formatMinutes } from '../../learning/components/duration.ts';
import { feedText } from '../../learning/components/goalFeed.ts';
import { useSkillNames } from '../../skills/api/skillNames.ts';
import { useSkill } from '../../skills/api/skills.ts';
import { usePractice } from '../api/practice.ts';
import { PracticeForm } from '../components/PracticeForm.tsx';
import { PracticeWeeks } from '../components/PracticeWeeks.tsx';
import { newPracticeValues } from '../components/practiceFormValues.ts';
import '../../../components/empty-state.css';
import '../../../components/page.css';
import '../components/practice.css';

/**
 * The Practice page: a quick form to log hands-on work, then the log by week, narrowed to a skill
 * (`?skillId=`, kept in the address; the form then starts with that skill). The whole log is read
 * once and narrowed here, so switching skills asks nothing of the server.
 */
export function PracticePage() {
  useDocumentTitle('Practice');
  const [params, setParams] = useSearchParams();
  const skillId = params.get('skillId') ?? '';
  const practice = usePractice();
  const goals = useGoals();
  const today = useToday();
  const { hash } = useLocation();
  const all = practice.data ?? [];
  const skills = useSkillNames([...all.flatMap((e) => e.skillIds), ...(skillId ? [skillId] : [])]);
  // The skill the page opened for: the form starts with it, once its name is known.
  const [opening] = useState(skillId);
  const openingSkill = useSkill(opening, opening !== '');
  const formReady = opening === '' || !openingSkill.isPending;
  const listHeading = useRef<HTMLHeadingElement>(null);
  const [result, setResult] = useState<string | null>(null);
  const showStatus = useStatus();
  const shown = skillId ? all.filter((e) => e.skillIds.includes(skillId)) : all;
  const skillOptions = [...skills.names.values()]
    .filter((s) => s.id === skillId || all.some((e) => e.skillIds.includes(s.id)))
    .sort((a, b) => a.name.localeCompare(b.name));

  useEffect(() => {
    // From a goal's check-in: bring the person to the entry it came from, once the log is drawn.
    if (!hash.startsWith('#practice-') || !practice.isSuccess) return;
    const timer = setTimeout(() => {
      const entry = document.getElementById(hash.slice(1));
      entry?.scrollIntoView({ block: 'center' });
      entry?.focus({ preventScroll: true });
    }, 50);
    return () => clearTimeout(timer);
  }, [hash, practice.isSuccess]);

  function onLogged(entry: PracticeEntry) {
    const goal = goals.data?.find((g) => g.id === entry.goalId);
    const fed = feedText(entry, entry.goalId, goal);
    const sentence = `Logged ${formatMinutes(entry.minutes)} of practice on ${formatDate(entry.date)}: “${entry.title}”.${fed ? ` ${fed}` : ''}`;
    showStatus(sentence);
    setResult(sentence);
    document.getElementById('practice-title')?.focus();
  }

  return (
    <div className="page page--wide practice-page">
      <header className="page-header">
        <h1 className="page-header__title">Practice</h1>
        <p className="page-header__lead">
          Hands-on work on your skills: what you did, what you learned from it, and where to see it. Doing
          counts for more than certificates.
        </p>
      </header>
      <div className="page__stack">
        <section className="log-practice" aria-labelledby="log-practice-title">
          <h2 id="log-practice-title" className="log-practice__title">
            Log practice
          </h2>
          {formReady ? (
            <PracticeForm
              idPrefix="practice"
              today={today}
              initial={newPracticeValues(today, openingSkill.data ? [openingSkill.data] : [])}
              onSaved={onLogged}
            />
          ) : (
            <Loading label="Loading the skill…" />
          )}
          {result && <Notice className="log-practice__result">{result}</Notice>}
        </section>
        <section className="practice-log" aria-labelledby="practice-log-title">
          <h2 id="practice-log-title" ref={listHeading} tabIndex={-1}>
            Your practice log
          </h2>
          {all.length > 0 && (
            <search className="practice-filter" aria-label="Filter your practice">
              <SelectField
                id="practice-skill"
                label="Skill"
                value={skillId}
                onChange={(e) =>
                  setParams(e.target.value ? { skillId: e.target.value } : {}, { replace: true })
                }
                options={skillOptions.map((s) => [s.id, s.name])}
              >
                <option value="">All skills</option>
              </SelectField>
            </search>
          )}
          <p className="practice-log__count" role="status">
            {practice.isSuccess && all.length > 0 ? countText(shown, all, skillId !== '') : ''}
          </p>
          {practice.isPending && <Loading label="Loading your practice…" />}
          {practice.isError && <LoadError error={practice.error} onRetry={() => void practice.refetch()} />}
          {practice.isSuccess && all.length === 0 && (
            <p className="empty-line">
              Nothing logged yet. Log a session above: a feature built, a talk given, a review done. Each
              week’s time adds up here, and the <Link to="/skills">Skills page</Link> sets it against what you
              learned.
            </p>
          )}
          {all.length > 0 && shown.length === 0 && (
            <div className="empty-line">
              <p>No practice of this skill logged yet.</p>
              <Button variant="quiet" onClick={() => setParams({}, { replace: true })}>
                Show all practice
              </Button>
            </div>
          )}
          {shown.length > 0 && (
            <PracticeWeeks
              entries={shown}
              skills={skills}
              goals={goals.data}
              today={today}
              afterDelete={listHeading}
            />
          )}
        </section>
      </div>
    </div>
  );
}

/** "12 entries, 9 h 30 min in all", or "3 of 12 entries, 2 h in all" when narrowed to a skill. */
function countText(
  shown: readonly PracticeEntry[],
  all: readonly PracticeEntry[],
  narrowed: boolean,
): string {
  const minutes = formatMinutes(shown.reduce((sum, e) => sum + e.minutes, 0));
  const count = narrowed
    ? `${shown.length} of ${plural(all.length, 'entry', 'entries')}`
    : plural(all.length, 'entry', 'entries');
  return `${count}, ${minutes} in all`;
}
