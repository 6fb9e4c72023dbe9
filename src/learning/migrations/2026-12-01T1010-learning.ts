import { sql } from 'kysely';
import type { TrellisMigration } from '../../platform/db/migration.ts';

/**
 * Learning activities, the skills they develop and their time logs. Rows reference their activity
 * by `(id, owner_id)`, and an activity its goal by `(goal_id, goal_owner_id)` with `goal_owner_id`
 * held to the owner, so nothing points into another person's data; a deleted goal unlinks.
 */
export const learning: TrellisMigration = {
  async up(db, t) {
    await db.schema
      .createTable('learning_activities')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('provider', 'text')
      .addColumn('url', 'text')
      .addColumn('format', 'text')
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('start_date', t.date)
      .addColumn('end_date', t.date)
      .addColumn('hours_planned', t.real)
      .addColumn('cost_amount', t.real)
      .addColumn('cost_currency', 'text')
      .addColumn('goal_id', 'text')
      .addColumn('goal_owner_id', 'text')
      .addColumn('credential_identifier', 'text')
      .addColumn('credential_url', 'text')
      .addColumn('credential_issued_on', t.date)
      .addColumn('credential_expires_on', t.date)
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .addUniqueConstraint('learning_activities_id_owner_key', ['id', 'owner_id'])
      .addForeignKeyConstraint(
        'learning_activities_goal_fk',
        ['goal_id', 'goal_owner_id'],
        'goals',
        ['id', 'owner_id'],
        (fk) => fk.onDelete('set null'),
      )
      .addCheckConstraint(
        'learning_activities_goal_owner_check',
        sql`(goal_id is null and goal_owner_id is null) or (goal_id is not null and goal_owner_id = owner_id)`,
      )
      .addCheckConstraint(
        'learning_activities_cost_check',
        sql`(cost_amount is null and cost_currency is null) or (cost_amount is not null and cost_currency is not null)`,
      )
      .execute();
    await db.schema
      .createIndex('learning_activities_owner_idx')
      .on('learning_activities')
      .columns(['owner_id', 'created_at'])
      .execute();
    // Deleting a goal finds the activities to unlink by this index.
    await db.schema
      .createIndex('learning_activities_goal_idx')
      .on('learning_activities')
      .column('goal_id')
      .execute();

    await db.schema
      .createTable('learning_activity_skills')
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('activity_id', 'text', (c) => c.notNull())
      .addColumn('skill_id', 'text', (c) => c.notNull().references('skills.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('learning_activity_skills_pk', ['activity_id', 'skill_id'])
      .addForeignKeyConstraint(
        'learning_activity_skills_activity_fk',
        ['activity_id', 'owner_id'],
        'learning_activities',
        ['id', 'owner_id'],
        (fk) => fk.onDelete('cascade'),
      )
      .execute();
    await db.schema
      .createIndex('learning_activity_skills_skill_idx')
      .on('learning_activity_skills')
      .columns(['owner_id', 'skill_id'])
      .execute();
    // Deleting a skill of the catalogue finds its links by this index.
    await db.schema
      .createIndex('learning_activity_skills_skill_id_idx')
      .on('learning_activity_skills')
      .column('skill_id')
      .execute();

    await db.schema
      .createTable('learning_log')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('activity_id', 'text', (c) => c.notNull())
      .addColumn('date', t.date, (c) => c.notNull())
      .addColumn('minutes', 'integer', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .addForeignKeyConstraint(
        'learning_log_activity_fk',
        ['activity_id', 'owner_id'],
        'learning_activities',
        ['id', 'owner_id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addCheckConstraint('learning_log_minutes_check', sql`minutes between 1 and 1440`)
      .execute();
    await db.schema
      .createIndex('learning_log_activity_idx')
      .on('learning_log')
      .columns(['owner_id', 'activity_id', 'date'])
      .execute();
  },
};
