import type { ColumnType } from 'kysely';

/**
 * The database's tables. The platform declares none: each feature adds its own from its
 * `*.table.ts` with one line,
 *
 *     declare module '../platform/db/tables.ts' { interface Tables extends GoalTables {} }
 *
 * so the whole database type is assembled without the platform importing any feature.
 */
// biome-ignore lint/suspicious/noEmptyInterface: features extend it by declaration merging
export interface Tables {}

export type DB = Tables;

/** The owner column of a person's rows: read and written once, never changed afterwards. */
export type OwnerId = ColumnType<string, string, never>;

/**
 * The owner column of a catalogue's rows: null for the instance's entries (built in, imported), a
 * person's id for the entries they added for themselves; never changed afterwards.
 */
export type CatalogueOwnerId = ColumnType<string | null, string | null, never>;

/** Tables whose rows have an `owner_id`: reached only through scopes, whose rules confine them. */
export type OwnedTable = {
  [K in keyof DB]: DB[K] extends { owner_id: unknown } ? K : never;
}[keyof DB];

/** Owned tables whose `owner_id` may be null: catalogues shared by the instance, with people's own entries. */
export type CatalogueTable = {
  [K in OwnedTable]: DB[K] extends { owner_id: ColumnType<infer S, infer _I, infer _U> }
    ? null extends S
      ? K
      : never
    : never;
}[OwnedTable];

/** Tables of the instance as a whole (people, settings, sign-in records). */
export type InstanceTable = Exclude<keyof DB, OwnedTable>;

/** Owned tables of secrets looked up by their hash before anyone is known (sessions, API tokens). */
export type CredentialTable = {
  [K in OwnedTable]: DB[K] extends { token_hash: string } ? K : never;
}[OwnedTable];
