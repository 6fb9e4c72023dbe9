import type { Goal } from '../../shared/goals/goal.schema.ts';

/** One tree as read from the database: good while the tree's version stands still. */
interface TreeEntry<Data> {
  version: number;
  data: Promise<Data>;
  /** Its goals as the list shows them on one date. */
  shown: { asOf: string; goals: Promise<Goal[]> } | null;
  /** How much it holds (goals and check-in points), for the limit. */
  size: number;
}

/** What is kept for one person. */
interface PersonEntry<Data> {
  trees: Map<string, TreeEntry<Data>>;
  /** The best pace of their recent goals, by unit, with the data version and date it was found at. */
  paces: Map<string, { version: number; asOf: string; pace: Promise<number | null> }>;
}

/** How a tree is read, measured, and shown. */
export interface TreeSource<Data> {
  /** Reads the trees `rootIds` (their goals and check-ins) in one go. */
  load(rootIds: string[]): Promise<Map<string, Data>>;
  /** The tree's goals with their progress as of `asOf`, oldest first. */
  show(data: Data, asOf: string): Goal[];
  /** How much a tree holds, for the limit on what is kept. */
  sizeOf(data: Data): number;
}

/**
 * What an app server keeps of people's goals. A tree (a top-level goal and everything below it)
 * is read from the database again only when its version moves: the version of its top-level
 * goal, raised under the person's lock by any change in the tree. Its progress is computed again
 * from what is kept when the person's date moves. The versions live in the database, so a change
 * on any app server is seen by all. Callers that ask at once share one computation. At most
 * `maxSize` goals and check-in points are kept in all, the least recently used people's dropped first.
 */
export class GoalCache<Data = unknown> {
  readonly #people = new Map<string, PersonEntry<Data>>();

  constructor(private readonly maxSize = 500_000) {}

  /** The goals of each tree `roots` names (its top-level goal's id and version), in that order. */
  async trees(
    ownerId: string,
    asOf: string,
    roots: ReadonlyMap<string, number>,
    source: TreeSource<Data>,
  ): Promise<Goal[][]> {
    const person = this.#person(ownerId);
    for (const root of person.trees.keys()) if (!roots.has(root)) person.trees.delete(root);
    const stale = [...roots].filter(([root, version]) => person.trees.get(root)?.version !== version);
    if (stale.length > 0) {
      const loaded = source.load(stale.map(([root]) => root));
      for (const [root, version] of stale) {
        const entry: TreeEntry<Data> = {
          version,
          data: loaded.then((m) => m.get(root)!),
          shown: null,
          size: 0,
        };
        person.trees.set(root, entry);
        entry.data.then(
          (data) => {
            entry.size = source.sizeOf(data);
            this.#evict();
          },
          () => {
            if (person.trees.get(root) === entry) person.trees.delete(root);
          },
        );
      }
    }
    return Promise.all(
      [...roots.keys()].map((root) => {
        const entry = person.trees.get(root)!;
        if (entry.shown?.asOf !== asOf) {
          const shown = { asOf, goals: entry.data.then((data) => source.show(data, asOf)) };
          entry.shown = shown;
          shown.goals.catch(() => {
            if (entry.shown === shown) entry.shown = null;
          });
        }
        return entry.shown!.goals;
      }),
    );
  }

  /** The person's best recent pace in a unit, kept while their data version and date stand still. */
  pace(
    ownerId: string,
    version: number,
    asOf: string,
    key: string,
    compute: () => Promise<number | null>,
  ): Promise<number | null> {
    const person = this.#person(ownerId);
    const kept = person.paces.get(key);
    if (kept && kept.version === version && kept.asOf === asOf) return kept.pace;
    const pace = compute();
    person.paces.set(key, { version, asOf, pace });
    pace.catch(() => person.paces.delete(key));
    return pace;
  }

  /** The person's entry, now the most recently used. */
  #person(ownerId: string): PersonEntry<Data> {
    const person = this.#people.get(ownerId) ?? { trees: new Map(), paces: new Map() };
    this.#people.delete(ownerId);
    this.#people.set(ownerId, person);
    return person;
  }

  #evict(): void {
    let kept = 0;
    for (const person of this.#people.values()) for (const tree of person.trees.values()) kept += tree.size;
    for (const [ownerId, person] of this.#people) {
      if (kept <= this.maxSize) return;
      for (const tree of person.trees.values()) kept -= tree.size;
      this.#people.delete(ownerId);
    }
  }
}
