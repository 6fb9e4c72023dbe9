// The words for a goal's status, alike on every goal screen of the web and in reports' files.
import type { STATUSES } from './goal.schema.ts';

export const STATUS_LABELS: Record<(typeof STATUSES)[number], string> = {
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
  achieved: 'Achieved',
  missed: 'Missed',
  no_data: 'No data yet',
  unscheduled: 'No due date',
  paused: 'Paused',
};
