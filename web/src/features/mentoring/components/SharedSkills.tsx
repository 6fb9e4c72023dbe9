import type { Mentorship, SharedView } from '@shared/mentoring/mentorship.schema.ts';
import type { Assessment, SkillRef } from '@shared/skills/skill.schema.ts';
import { type ReactNode, useRef, useState } from 'react';
import { Badge } from '../../../components/Badge.tsx';
import { Button } from '../../../components/Button.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { formatDate } from '../../goals/components/widgets/dates.ts';
import { useSkillNames } from '../../skills/api/skillNames.ts';
import { LevelMeter } from '../../skills/components/LevelMeter.tsx';
import { ASSESSOR_LABELS, levelLabel, skillDetail, viewsText } from '../../skills/components/labels.ts';
import { MenteeAssessForm } from './MenteeAssessForm.tsx';
import { partyName } from './mentorshipText.ts';
import { canAssess } from './permissions.ts';
import './cards.css';
import './shared-view.css';
import { focusWhenDrawn } from '../../../components/focusWhenDrawn.ts';

type SharedSkill = NonNullable<SharedView['skills']>[number];

export interface SharedSkillsProps {
  mentorship: Mentorship;
  skills: readonly SharedSkill[];
}

/** Newest first, for reading: the latest view of each skill leads. */
const newestFirst = (a: Assessment, b: Assessment) =>
  b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);

/**
 * The mentee's skills (focus first): her own level, the views of others, each assessment; the
 * mentor assesses any of them, and the focus skills she has not assessed yet.
 */
export function SharedSkills({ mentorship: m, skills }: SharedSkillsProps) {
  const listed = new Set(skills.map((s) => s.skill.id));
  const unassessedIds = m.skillIds.filter((id) => !listed.has(id));
  const names = useSkillNames(unassessedIds);
  const unassessed = unassessedIds.flatMap((id) => names.names.get(id) ?? []);
  const mentor = canAssess(m);
  const menteeName = partyName(m.mentee);

  if (skills.length === 0 && unassessed.length === 0) {
    return (
      <p className="muted">
        {m.myRole === 'mentor'
          ? `${menteeName} has not assessed any skill yet.`
          : 'You have not assessed any skill yet: assess yourself on the Skills page, and your mentor sees it here.'}
      </p>
    );
  }
  return (
    <ul className="shared-skills">
      {skills.map((s) => (
        <SkillEntry
          key={s.skill.id}
          mentorship={m}
          skill={s.skill}
          mentor={mentor}
          menteeName={menteeName}
          focus={s.focus}
        >
          <p className="shared-skill__level">
            {s.current === null ? (
              <span className="muted">Not self-assessed</span>
            ) : (
              <>
                <span className="visually-hidden">Own level: </span>
                <LevelMeter level={s.current} />
              </>
            )}
          </p>
          {viewsText(s.views) && <p className="shared-skill__views">{viewsText(s.views)}</p>}
          {s.assessments.length > 0 && (
            <ol className="shared-skill__history" aria-label={`Assessments of ${s.skill.name}, newest first`}>
              {[...s.assessments].sort(newestFirst).map((a) => (
                <li key={a.id}>
                  <time dateTime={a.date}>{formatDate(a.date)}</time> · <strong>{levelLabel(a.level)}</strong>{' '}
                  · {ASSESSOR_LABELS[a.source]}
                  {a.source !== 'self' && a.assessor ? `, ${a.assessor}` : ''}
                  {a.note && <span className="shared-skill__note"> “{a.note}”</span>}
                </li>
              ))}
            </ol>
          )}
        </SkillEntry>
      ))}
      {unassessed.map((skill) => (
        <SkillEntry key={skill.id} mentorship={m} skill={skill} mentor={mentor} menteeName={menteeName} focus>
          <p className="muted">A focus skill, not assessed yet.</p>
        </SkillEntry>
      ))}
    </ul>
  );
}

interface SkillEntryProps {
  mentorship: Mentorship;
  skill: SkillRef;
  mentor: boolean;
  menteeName: string;
  focus: boolean;
  children: ReactNode;
}

function SkillEntry({ mentorship, skill, mentor, menteeName, focus, children }: SkillEntryProps) {
  const [assessing, setAssessing] = useState(false);
  const showStatus = useStatus();
  const button = useRef<HTMLButtonElement>(null);

  function close() {
    setAssessing(false);
    focusWhenDrawn(() => button.current);
  }

  return (
    <li className="shared-skill">
      <div className="shared-skill__head">
        <h3 className="shared-skill__name">{skill.name}</h3>
        {focus && <Badge>Focus</Badge>}
        <span className="shared-skill__detail">{skillDetail(skill)}</span>
      </div>
      {children}
      {mentor &&
        (assessing ? (
          <MenteeAssessForm
            mentorshipId={mentorship.id}
            skill={skill}
            menteeName={menteeName}
            onCancel={close}
            onSaved={(a) => {
              showStatus(
                `Your assessment of ${menteeName}’s ${skill.name} is saved: ${levelLabel(a.level)}.`,
              );
              close();
            }}
          />
        ) : (
          <Button
            ref={button}
            variant="secondary"
            className="button--small"
            aria-label={`Assess ${skill.name}`}
            onClick={() => setAssessing(true)}
          >
            Assess
          </Button>
        ))}
    </li>
  );
}
