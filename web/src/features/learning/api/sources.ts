// Where a goal's check-ins from the learning log came from. A check-in names the log entry that wrote
// it; the entry's activity is one of those linked to the check-in's goal (an activity that changes
// goal takes its check-ins along), so reading those activities and their logs finds it: a request
// per goal and per linked activity, usually one or two, kept in the learning cache.
import type { LearningActivity } from '@shared/learning/learning.schema.ts';
import { useQueries } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import { learningKeys } from '../../../api/keys.ts';
import { learningEndpoints } from './endpoints.ts';

export interface LearningSource {
  activityId: string;
  title: string;
}

/** The activity of each learning log entry that checked in on these goals, by entry id. */
export function useLearningSources(goalIds: readonly string[]): ReadonlyMap<string, LearningSource> {
  const goals = [...new Set(goalIds)].sort();
  const activities = useQueries({
    queries: goals.map((goalId) => ({
      queryKey: learningKeys.list({ goalId }),
      queryFn: async () => (await api.call(learningEndpoints.list, { query: { goalId } })).items,
    })),
    combine: (results) => {
      const byId = new Map<string, LearningActivity>();
      for (const r of results) for (const a of r.data ?? []) byId.set(a.id, a);
      return [...byId.values()];
    },
  });
  return useQueries({
    queries: activities.map((activity) => ({
      queryKey: learningKeys.log(activity.id),
      queryFn: async () => (await api.call(learningEndpoints.listLog, { params: { id: activity.id } })).items,
    })),
    combine: (results) => {
      const sources = new Map<string, LearningSource>();
      results.forEach((r, i) => {
        const activity = activities[i]!;
        for (const entry of r.data ?? [])
          sources.set(entry.id, { activityId: activity.id, title: activity.title });
      });
      return sources;
    },
  });
}
