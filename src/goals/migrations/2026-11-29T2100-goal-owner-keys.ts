import { sql } from 'kysely';
import type { TrellisMigration } from '../../platform/db/migration.ts';

/**
 * A slice's parent and a check-in's goal are referenced by `(id, owner_id)`, so no row can point
 * into another person's data, whatever a query does. Rows are kept; a link that crosses owners
 * (none can be made through the API) is mended first: such a goal becomes top-level, and such a
 * check-in takes its goal's owner.
 */
export const goalOwnerKeys: TrellisMigration = {
  async up(db, t) {
    await sql`update goals set parent_id = null where parent_id is not null and not exists (
      select 1 from goals p where p.id = goals.parent_id and p.owner_id = goals.owner_id)`.execute(db);
    await sql`update check_ins set owner_id = (select g.owner_id from goals g where g.id = check_ins.goal_id)
      where owner_id <> (select g.owner_id from goals g where g.id = check_ins.goal_id)`.execute(db);

    if (t.dialect === 'postgres') {
      await sql`alter table goals add constraint goals_id_owner_key unique (id, owner_id)`.execute(db);
      await sql`alter table goals drop constraint if exists goals_parent_id_fkey`.execute(db);
      await sql`alter table goals add constraint goals_parent_fk foreign key (parent_id, owner_id)
        references goals (id, owner_id) on delete cascade`.execute(db);
      await sql`alter table check_ins drop constraint if exists check_ins_goal_id_fkey`.execute(db);
      await sql`alter table check_ins add constraint check_ins_goal_fk foreign key (goal_id, owner_id)
        references goals (id, owner_id) on delete cascade`.execute(db);
      return;
    }

    // SQLite changes constraints by rebuilding the table (its documented procedure; migrations run
    // with foreign keys off, and the check at the end proves every reference still holds).
    await sql`create table goals_rebuilt (
      id text primary key,
      owner_id text not null references users (id) on delete cascade,
      parent_id text,
      title text not null,
      description text not null default '',
      why text not null default '',
      category text not null,
      start_date text not null,
      due_date text,
      metric_unit text,
      metric_baseline real,
      metric_target real,
      metric_aggregation text,
      weight real not null default 1,
      state text not null default 'active',
      completed_on text,
      visibility text not null default 'private',
      created_at text not null,
      updated_at text not null,
      unique (id, owner_id),
      foreign key (parent_id, owner_id) references goals (id, owner_id) on delete cascade
    )`.execute(db);
    await sql`insert into goals_rebuilt select id, owner_id, parent_id, title, description, why, category,
      start_date, due_date, metric_unit, metric_baseline, metric_target, metric_aggregation, weight, state,
      completed_on, visibility, created_at, updated_at from goals`.execute(db);
    await sql`create table check_ins_rebuilt (
      id text primary key,
      owner_id text not null references users (id) on delete cascade,
      goal_id text not null,
      date text not null,
      value real not null,
      note text not null default '',
      created_at text not null,
      updated_at text not null,
      foreign key (goal_id, owner_id) references goals (id, owner_id) on delete cascade
    )`.execute(db);
    await sql`insert into check_ins_rebuilt select id, owner_id, goal_id, date, value, note, created_at,
      updated_at from check_ins`.execute(db);
    await sql`drop table check_ins`.execute(db);
    await sql`drop table goals`.execute(db);
    await sql`alter table goals_rebuilt rename to goals`.execute(db);
    await sql`alter table check_ins_rebuilt rename to check_ins`.execute(db);
    await sql`create index goals_owner_idx on goals (owner_id, parent_id)`.execute(db);
    await sql`create index goals_parent_idx on goals (parent_id)`.execute(db);
    await sql`create index check_ins_goal_idx on check_ins (goal_id, date)`.execute(db);
    await sql`create index check_ins_owner_idx on check_ins (owner_id)`.execute(db);
    const broken = await sql`pragma foreign_key_check`.execute(db);
    if (broken.rows.length > 0) throw new Error(`${broken.rows.length} rows would point at nothing`);
  },
};
