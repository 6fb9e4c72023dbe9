import type { LearningActivity } from '@shared/learning/learning.schema.ts';
import { ProgressBar } from '../../goals/components/widgets/ProgressBar.tsx';
import { hoursAgainstPlan, hoursText } from './labels.ts';

export interface HoursSpentProps {
  activity: Pick<LearningActivity, 'title' | 'hoursSpent' | 'hoursPlanned'>;
  className?: string;
}

/** Hours logged, against the hours planned with a small bar when there is a plan. */
export function HoursSpent({ activity, className }: HoursSpentProps) {
  const { hoursSpent, hoursPlanned } = activity;
  if (hoursPlanned === null) {
    return (
      <p className={className}>
        {hoursSpent === 0 ? 'No time logged yet' : `${hoursText(hoursSpent)} logged`}
      </p>
    );
  }
  const text = hoursAgainstPlan(activity);
  return (
    <div className={className}>
      <p>{text} spent</p>
      <ProgressBar
        fraction={hoursSpent / hoursPlanned}
        label={`Hours spent on ${activity.title}`}
        valueText={`${text} planned`}
      />
    </div>
  );
}
