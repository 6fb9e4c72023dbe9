// Shared goal pieces, used by the goal list, the home page, the goal form and the goal detail page.

export { DueDate, type DueDateProps } from './DueDate.tsx';
export { formatDate, useToday } from './dates.ts';
export { Glyph, type GlyphName } from './icons.tsx';
export * from './labels.ts';
export { ProgressBar, type ProgressBarProps, percentOf } from './ProgressBar.tsx';
export { ScheduleDelta, type ScheduleDeltaProps, scheduleDeltaText } from './ScheduleDelta.tsx';
export { reviewSummary, SmartReview, type SmartReviewProps } from './SmartReview.tsx';
export { StatusBadge, type StatusBadgeProps } from './StatusBadge.tsx';
