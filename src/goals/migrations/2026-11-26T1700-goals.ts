import type { TrellisMigration } from '../../platform/db/migration.ts';

export const goals: TrellisMigration = {
  async up(db, t) {
    await db.schema
      .createTable('goals')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      // Deleting a goal deletes its slices, and theirs.
      .addColumn('parent_id', 'text', (c) => c.references('goals.id').onDelete('cascade'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('why', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('start_date', t.date, (c) => c.notNull())
      .addColumn('due_date', t.date)
      .addColumn('metric_unit', 'text')
      .addColumn('metric_baseline', t.real)
      .addColumn('metric_target', t.real)
      .addColumn('metric_aggregation', 'text')
      .addColumn('weight', t.real, (c) => c.notNull().defaultTo(1))
      .addColumn('state', 'text', (c) => c.notNull().defaultTo('active'))
      .addColumn('completed_on', t.date)
      .addColumn('visibility', 'text', (c) => c.notNull().defaultTo('private'))
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('goals_owner_idx').on('goals').columns(['owner_id', 'parent_id']).execute();
    await db.schema.createIndex('goals_parent_idx').on('goals').column('parent_id').execute();

    await db.schema
      .createTable('check_ins')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('goal_id', 'text', (c) => c.notNull().references('goals.id').onDelete('cascade'))
      .addColumn('date', t.date, (c) => c.notNull())
      .addColumn('value', t.real, (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('check_ins_goal_idx').on('check_ins').columns(['goal_id', 'date']).execute();
    await db.schema.createIndex('check_ins_owner_idx').on('check_ins').column('owner_id').execute();
  },
};
