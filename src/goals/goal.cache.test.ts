import { describe, expect, it } from 'vitest';
import type { Goal } from '../../shared/goals/goal.schema.ts';
import { GoalCache, type TreeSource } from './goal.cache.ts';

/**
 * A source whose trees hold one goal each, named after the tree and the date it is shown for,
 * recording which trees it was asked to read and how many times it measured one.
 */
function recorder() {
  const reads: string[][] = [];
  let measured = 0;
  const source: TreeSource<string> = {
    async load(roots) {
      reads.push(roots);
      return new Map(roots.map((root) => [root, root]));
    },
    show(root, asOf) {
      measured += 1;
      return [{ id: `${root}@${asOf}` } as Goal];
    },
    sizeOf: () => 1,
  };
  return { reads, source, measured: () => measured };
}

const ids = (trees: Goal[][]) => trees.map((tree) => tree.map((g) => g.id));

describe('GoalCache', () => {
  it('reads again only the trees whose version moved', async () => {
    const cache = new GoalCache<string>();
    const { reads, source } = recorder();
    const first = await cache.trees(
      'ann',
      'd1',
      new Map([
        ['a', 0],
        ['b', 0],
        ['c', 0],
      ]),
      source,
    );
    expect(ids(first)).toEqual([['a@d1'], ['b@d1'], ['c@d1']]);
    await cache.trees(
      'ann',
      'd1',
      new Map([
        ['a', 0],
        ['b', 1],
        ['c', 0],
      ]),
      source,
    );
    expect(reads).toEqual([['a', 'b', 'c'], ['b']]);
  });

  it('on a new day measures every tree again from what it kept, reading nothing', async () => {
    const cache = new GoalCache<string>();
    const { reads, source, measured } = recorder();
    const trees = new Map([
      ['a', 0],
      ['b', 0],
    ]);
    await cache.trees('ann', 'd1', trees, source);
    await cache.trees('ann', 'd1', trees, source);
    expect(measured()).toBe(2);
    expect(ids(await cache.trees('ann', 'd2', trees, source))).toEqual([['a@d2'], ['b@d2']]);
    expect(measured()).toBe(4);
    expect(reads).toEqual([['a', 'b']]);
  });

  it('forgets trees that are gone', async () => {
    const cache = new GoalCache<string>();
    const { reads, source } = recorder();
    await cache.trees(
      'ann',
      'd',
      new Map([
        ['a', 0],
        ['b', 0],
      ]),
      source,
    );
    await cache.trees('ann', 'd', new Map([['a', 0]]), source); // b deleted
    await cache.trees(
      'ann',
      'd',
      new Map([
        ['a', 0],
        ['b', 0],
      ]),
      source,
    ); // a new tree b
    expect(reads).toEqual([['a', 'b'], ['b']]);
  });

  it('lets callers that ask at once share one read', async () => {
    const cache = new GoalCache<string>();
    const { reads, source } = recorder();
    const slow: TreeSource<string> = {
      ...source,
      load: async (roots) => {
        await new Promise((r) => setTimeout(r, 5));
        return source.load(roots);
      },
    };
    const trees = new Map([['a', 0]]);
    const [x, y] = await Promise.all([
      cache.trees('ann', 'd', trees, slow),
      cache.trees('ann', 'd', trees, slow),
    ]);
    expect(reads).toHaveLength(1);
    expect(x[0]).toBe(y[0]);
  });

  it('forgets a failed read, so the next caller tries again', async () => {
    const cache = new GoalCache<string>();
    const { source } = recorder();
    const trees = new Map([['a', 0]]);
    const failing = { ...source, load: async () => Promise.reject(new Error('database away')) };
    await expect(cache.trees('ann', 'd', trees, failing)).rejects.toThrow();
    expect(ids(await cache.trees('ann', 'd', trees, source))).toEqual([['a@d']]);
  });

  it('reads a tree keyed by no version (NaN) every time', async () => {
    const cache = new GoalCache<string>();
    const { reads, source } = recorder();
    const trees = new Map([['cycle', Number.NaN]]);
    await cache.trees('ann', 'd', trees, source);
    await cache.trees('ann', 'd', trees, source);
    expect(reads).toEqual([['cycle'], ['cycle']]);
  });

  it('drops the least recently used people first when it holds too much', async () => {
    const cache = new GoalCache<string>(2);
    const { reads, source } = recorder();
    const one = new Map([['t', 0]]);
    await cache.trees('ann', 'd', one, source);
    await cache.trees('bob', 'd', one, source);
    await cache.trees('ann', 'd', one, source); // Ann used again: Bob is now the least recent
    await cache.trees('cy', 'd', one, source); // 3 kept: Bob goes
    await cache.trees('ann', 'd', one, source);
    expect(reads).toHaveLength(3);
    await cache.trees('bob', 'd', one, source);
    expect(reads).toHaveLength(4);
  });

  it('keeps a track record while the data version and the date stand still', async () => {
    const cache = new GoalCache();
    let computed = 0;
    const pace = async () => {
      computed += 1;
      return 3;
    };
    await cache.pace('ann', 1, 'd1', 'h', pace);
    await cache.pace('ann', 1, 'd1', 'h', pace);
    await cache.pace('ann', 2, 'd1', 'h', pace);
    await cache.pace('ann', 2, 'd2', 'h', pace);
    expect(computed).toBe(3);
  });
});
