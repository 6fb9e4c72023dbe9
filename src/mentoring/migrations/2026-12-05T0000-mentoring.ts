import { sql } from 'kysely';
import type { TrellisMigration } from '../../platform/db/migration.ts';

/**
 * Mentorships, their sessions, action items and comments on the mentee's goals. Every person a row
 * names goes with it when their account is deleted (ON DELETE CASCADE). What belongs to one person
 * is referenced with that person's id beside it: the creator's contact by (contact_id,
 * contact_owner_id), the author's interaction by (interaction_id, interaction_owner_id), the
 * mentee's goal by (goal_id, goal_owner_id), so no row can point into someone else's data. A
 * deleted contact, interaction or action item's goal unlinks; a deleted goal takes its comments.
 */
export const mentoring: TrellisMigration = {
  async up(db, t) {
    await db.schema
      .createTable('mentorships')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('mentor_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
      .addColumn('mentee_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
      .addColumn('creator_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('invited_email', 'text')
      .addColumn('contact_id', 'text')
      .addColumn('contact_owner_id', 'text')
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('focus', 'text')
      .addColumn('skill_ids', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('goal_ids', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('cadence_days', 'integer')
      .addColumn('share_skills', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('started_on', t.date)
      .addColumn('ended_on', t.date)
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .addForeignKeyConstraint(
        'mentorships_contact_fk',
        ['contact_id', 'contact_owner_id'],
        'contacts',
        ['id', 'owner_id'],
        (fk) => fk.onDelete('set null'),
      )
      .addCheckConstraint('mentorships_state_check', sql`state in ('invited', 'active', 'declined', 'ended')`)
      .addCheckConstraint('mentorships_creator_check', sql`creator_id = mentor_id or creator_id = mentee_id`)
      .addCheckConstraint(
        'mentorships_contact_owner_check',
        sql`(contact_id is null and contact_owner_id is null) or (contact_id is not null and contact_owner_id = creator_id)`,
      )
      .addCheckConstraint(
        'mentorships_cadence_check',
        sql`cadence_days is null or cadence_days between 1 and 365`,
      )
      .addCheckConstraint('mentorships_share_skills_check', sql`share_skills in (0, 1)`)
      .execute();
    // The party rule: a person's mentorships by each side, and invitations by e-mail; the
    // relationship (mentor, mentee) by the first.
    await db.schema
      .createIndex('mentorships_mentor_idx')
      .on('mentorships')
      .columns(['mentor_id', 'mentee_id'])
      .execute();
    await db.schema.createIndex('mentorships_mentee_idx').on('mentorships').column('mentee_id').execute();
    await db.schema.createIndex('mentorships_creator_idx').on('mentorships').column('creator_id').execute();
    await db.schema
      .createIndex('mentorships_invited_email_idx')
      .on('mentorships')
      .column('invited_email')
      .execute();
    // Deleting a contact finds the mentorships to unlink by this index.
    await db.schema.createIndex('mentorships_contact_idx').on('mentorships').column('contact_id').execute();

    await db.schema
      .createTable('mentoring_sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('mentorship_id', 'text', (c) => c.notNull().references('mentorships.id').onDelete('cascade'))
      .addColumn('author_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('date', t.date, (c) => c.notNull())
      .addColumn('agenda', 'text')
      .addColumn('notes', 'text')
      .addColumn('private_notes', 'text')
      .addColumn('interaction_id', 'text')
      .addColumn('interaction_owner_id', 'text')
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .addForeignKeyConstraint(
        'mentoring_sessions_interaction_fk',
        ['interaction_id', 'interaction_owner_id'],
        'interactions',
        ['id', 'owner_id'],
        (fk) => fk.onDelete('set null'),
      )
      .addCheckConstraint(
        'mentoring_sessions_interaction_owner_check',
        sql`(interaction_id is null and interaction_owner_id is null) or (interaction_id is not null and interaction_owner_id = author_id)`,
      )
      .execute();
    await db.schema
      .createIndex('mentoring_sessions_mentorship_idx')
      .on('mentoring_sessions')
      .columns(['mentorship_id', 'date'])
      .execute();
    await db.schema
      .createIndex('mentoring_sessions_author_idx')
      .on('mentoring_sessions')
      .column('author_id')
      .execute();
    await db.schema
      .createIndex('mentoring_sessions_interaction_idx')
      .on('mentoring_sessions')
      .column('interaction_id')
      .execute();

    await db.schema
      .createTable('action_items')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('mentorship_id', 'text', (c) => c.notNull().references('mentorships.id').onDelete('cascade'))
      .addColumn('author_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('due_on', t.date)
      .addColumn('assignee', 'text', (c) => c.notNull())
      .addColumn('goal_id', 'text')
      .addColumn('goal_owner_id', 'text')
      .addColumn('done_on', t.date)
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addColumn('updated_at', t.timestamp, (c) => c.notNull())
      .addForeignKeyConstraint(
        'action_items_goal_fk',
        ['goal_id', 'goal_owner_id'],
        'goals',
        ['id', 'owner_id'],
        (fk) => fk.onDelete('set null'),
      )
      .addCheckConstraint('action_items_assignee_check', sql`assignee in ('mentee', 'mentor')`)
      .addCheckConstraint(
        'action_items_goal_owner_check',
        sql`(goal_id is null and goal_owner_id is null) or (goal_id is not null and goal_owner_id is not null)`,
      )
      .execute();
    await db.schema
      .createIndex('action_items_mentorship_idx')
      .on('action_items')
      .column('mentorship_id')
      .execute();
    await db.schema.createIndex('action_items_author_idx').on('action_items').column('author_id').execute();
    await db.schema.createIndex('action_items_goal_idx').on('action_items').column('goal_id').execute();

    await db.schema
      .createTable('goal_comments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('mentorship_id', 'text', (c) => c.notNull().references('mentorships.id').onDelete('cascade'))
      .addColumn('goal_id', 'text', (c) => c.notNull())
      .addColumn('goal_owner_id', 'text', (c) => c.notNull())
      .addColumn('author_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addForeignKeyConstraint(
        'goal_comments_goal_fk',
        ['goal_id', 'goal_owner_id'],
        'goals',
        ['id', 'owner_id'],
        (fk) => fk.onDelete('cascade'),
      )
      .execute();
    // A goal's comments, oldest first, by this index (a deleted goal's too).
    await db.schema
      .createIndex('goal_comments_goal_idx')
      .on('goal_comments')
      .columns(['goal_id', 'created_at'])
      .execute();
    await db.schema
      .createIndex('goal_comments_mentorship_idx')
      .on('goal_comments')
      .column('mentorship_id')
      .execute();
    await db.schema.createIndex('goal_comments_author_idx').on('goal_comments').column('author_id').execute();
  },
};
