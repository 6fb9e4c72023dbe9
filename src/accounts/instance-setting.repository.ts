import type { InstanceScope } from '../platform/access/access.ts';

/** Settings of the instance as a whole, by key. */
export class InstanceSettingRepository {
  constructor(private readonly instance: InstanceScope) {}

  async get(key: string): Promise<string | undefined> {
    const row = await this.instance.db
      .selectFrom('instance_settings')
      .select('value')
      .where('key', '=', key)
      .executeTakeFirst();
    return row?.value;
  }

  /** Stores `value` unless the key already has one (another server may have won the race). */
  async setIfAbsent(key: string, value: string): Promise<void> {
    await this.instance.db
      .insertInto('instance_settings')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
  }
}
