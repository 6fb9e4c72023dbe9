/** Query keys, in one place so that invalidation cannot drift from the queries. */
export const meKey = ['me'] as const;
export const instanceKey = ['instance'] as const;
export const tokensKey = ['tokens'] as const;

/**
 * Everything about goals lives under this root, so any goal change can refresh it all with
 * `invalidateQueries({ queryKey: goalsKey })`. One goal is `['goals', id]` (its page data below it);
 * the other keys use words that can never be an id.
 */
export const goalsKey = ['goals'] as const;
export const goalKeys = {
  list: (filter: object = {}) => [...goalsKey, 'list', filter] as const,
  attention: () => [...goalsKey, 'attention'] as const,
  reviewDraft: (draft: object) => [...goalsKey, 'review-draft', draft] as const,
  one: (id: string) => [...goalsKey, id] as const,
};
