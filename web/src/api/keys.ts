/** Query keys, in one place so that invalidation cannot drift from the queries. */
export const meKey = ['me'] as const;
export const instanceKey = ['instance'] as const;
export const tokensKey = ['tokens'] as const;
