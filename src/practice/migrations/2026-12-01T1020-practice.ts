import { sql } from 'kysely';
import type { TrellisMigration } from '../../platform/db/migration.ts';

/**
 * The practice log and the skills each entry practises. As with learning activities, an entry
 * references its goal by `(goal_id, goal_owner_id)` held to its own owner, and a deleted goal unlinks.
 */
export const practice: TrellisMigration = {
  async up(db, t) {
    await db.schema
      .createTable('practice_entries')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('date', t.date, (c) => c.notNull())
      .addColumn('minutes', 'integer', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('reflection', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('outcome', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('evidence_url', 'text')
      .addColumn('goal_id', 'text')
      .addColumn('goal_owner_id', 'text')
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .addUniqueConstraint('practice_entries_id_owner_key', ['id', 'owner_id'])
      .addForeignKeyConstraint(
        'practice_entries_goal_fk',
        ['goal_id', 'goal_owner_id'],
        'goals',
        ['id', 'owner_id'],
        (fk) => fk.onDelete('set null'),
      )
      .addCheckConstraint(
        'practice_entries_goal_owner_check',
        sql`(goal_id is null and goal_owner_id is null) or (goal_id is not null and goal_owner_id = owner_id)`,
      )
      .addCheckConstraint('practice_entries_minutes_check', sql`minutes between 1 and 1440`)
      .execute();
    await db.schema
      .createIndex('practice_entries_owner_date_idx')
      .on('practice_entries')
      .columns(['owner_id', 'date'])
      .execute();
    await db.schema
      .createIndex('practice_entries_goal_idx')
      .on('practice_entries')
      .column('goal_id')
      .execute();

    await db.schema
      .createTable('practice_entry_skills')
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('entry_id', 'text', (c) => c.notNull())
      .addColumn('skill_id', 'text', (c) => c.notNull().references('skills.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('practice_entry_skills_pk', ['entry_id', 'skill_id'])
      .addForeignKeyConstraint(
        'practice_entry_skills_entry_fk',
        ['entry_id', 'owner_id'],
        'practice_entries',
        ['id', 'owner_id'],
        (fk) => fk.onDelete('cascade'),
      )
      .execute();
    await db.schema
      .createIndex('practice_entry_skills_skill_idx')
      .on('practice_entry_skills')
      .columns(['owner_id', 'skill_id'])
      .execute();
    await db.schema
      .createIndex('practice_entry_skills_skill_id_idx')
      .on('practice_entry_skills')
      .column('skill_id')
      .execute();
  },
};
