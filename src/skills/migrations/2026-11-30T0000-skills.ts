import { sql } from 'kysely';
import type { TrellisMigration } from '../../platform/db/migration.ts';

export const skills: TrellisMigration = {
  async up(db, t) {
    await db.schema
      .createTable('skills')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_key', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('category', 'text')
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('aliases', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('search', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('code', 'text')
      .addColumn('hot', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();
    // One name per catalogue: the instance's (no owner) and each person's.
    await sql`create unique index skills_name_idx on skills (coalesce(owner_id, ''), name_key)`.execute(db);
    await db.schema.createIndex('skills_code_idx').on('skills').columns(['source', 'code']).execute();
    await db.schema.createIndex('skills_owner_idx').on('skills').column('owner_id').execute();

    await db.schema
      .createTable('roles')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('aliases', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('search', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('code', 'text')
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('roles_code_idx').on('roles').columns(['source', 'code']).execute();
    await db.schema.createIndex('roles_owner_idx').on('roles').column('owner_id').execute();

    for (const table of ['role_requirements', 'role_technologies'] as const) {
      let create = db.schema
        .createTable(table)
        .addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
        .addColumn('role_id', 'text', (c) => c.notNull().references('roles.id').onDelete('cascade'))
        .addColumn('skill_id', 'text', (c) => c.notNull().references('skills.id').onDelete('cascade'));
      create =
        table === 'role_requirements'
          ? create
              .addColumn('level', 'integer', (c) => c.notNull())
              .addColumn('importance', 'integer', (c) => c.notNull())
          : create.addColumn('hot', 'integer', (c) => c.notNull().defaultTo(0));
      await create.addPrimaryKeyConstraint(`${table}_pk`, ['role_id', 'skill_id']).execute();
      await db.schema.createIndex(`${table}_skill_idx`).on(table).column('skill_id').execute();
    }

    await db.schema
      .createTable('assessments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('skill_id', 'text', (c) => c.notNull().references('skills.id').onDelete('cascade'))
      .addColumn('level', 'integer', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('assessor', 'text')
      .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('date', t.date, (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('assessments_owner_skill_idx')
      .on('assessments')
      .columns(['owner_id', 'skill_id', 'date', 'created_at'])
      .execute();

    await db.schema
      .createTable('targets')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('role_id', 'text', (c) => c.notNull().references('roles.id').onDelete('cascade'))
      .addColumn('target_date', t.date)
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addUniqueConstraint('targets_owner_role_key', ['owner_id', 'role_id'])
      .execute();
  },
};
