import { sql } from 'kysely';
import type { TrellisMigration } from '../../platform/db/migration.ts';

/**
 * Feedback requests and their recipients. A request references its contact by
 * `(to_contact_id, contact_owner_id)` and its assessment by `(assessment_id, assessment_owner_id)`,
 * each owner column held to the request's owner, so nothing points into another person's data; a
 * deleted contact or assessment unlinks. The goal or skill asked about is named, not referenced:
 * the request keeps its label whatever becomes of it.
 */
export const feedback: TrellisMigration = {
  async up(db, t) {
    await db.schema
      .createTable('feedback_requests')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('to_email', 'text')
      .addColumn('to_contact_id', 'text')
      .addColumn('contact_owner_id', 'text')
      .addColumn('subject_kind', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text')
      .addColumn('subject_label', 'text', (c) => c.notNull())
      .addColumn('questions', 'text', (c) => c.notNull())
      .addColumn('expires_on', t.date, (c) => c.notNull())
      .addColumn('answers', 'text')
      .addColumn('level', 'integer')
      .addColumn('assessment_id', 'text')
      .addColumn('assessment_owner_id', 'text')
      .addColumn('answered_at', t.timestamp)
      .addColumn('answered_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', t.timestamp, (c) => c.notNull())
      .addUniqueConstraint('feedback_requests_id_owner_key', ['id', 'owner_id'])
      .addForeignKeyConstraint(
        'feedback_requests_contact_fk',
        ['to_contact_id', 'contact_owner_id'],
        'contacts',
        ['id', 'owner_id'],
        (fk) => fk.onDelete('set null'),
      )
      .addForeignKeyConstraint(
        'feedback_requests_assessment_fk',
        ['assessment_id', 'assessment_owner_id'],
        'assessments',
        ['id', 'owner_id'],
        (fk) => fk.onDelete('set null'),
      )
      .addCheckConstraint(
        'feedback_requests_contact_owner_check',
        sql`(to_contact_id is null and contact_owner_id is null) or (to_contact_id is not null and contact_owner_id = owner_id)`,
      )
      .addCheckConstraint(
        'feedback_requests_assessment_owner_check',
        sql`(assessment_id is null and assessment_owner_id is null) or (assessment_id is not null and assessment_owner_id = owner_id)`,
      )
      .addCheckConstraint('feedback_requests_subject_check', sql`subject_kind in ('goal', 'skill', 'topic')`)
      .addCheckConstraint('feedback_requests_level_check', sql`level is null or level between 0 and 5`)
      .execute();
    // The requester's list, newest first.
    await db.schema
      .createIndex('feedback_requests_owner_created_idx')
      .on('feedback_requests')
      .columns(['owner_id', 'created_at', 'id'])
      .execute();
    // Deleting a contact or an assessment finds the requests to unlink by these.
    await db.schema
      .createIndex('feedback_requests_contact_idx')
      .on('feedback_requests')
      .column('to_contact_id')
      .execute();
    await db.schema
      .createIndex('feedback_requests_assessment_idx')
      .on('feedback_requests')
      .column('assessment_id')
      .execute();

    await db.schema
      .createTable('feedback_recipients')
      .addColumn('request_id', 'text', (c) =>
        c.notNull().references('feedback_requests.id').onDelete('cascade'),
      )
      .addColumn('email_key', 'text', (c) => c.notNull())
      .addColumn('requester_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('feedback_recipients_pk', ['request_id', 'email_key'])
      .execute();
    // The inbox: requests by the lower-cased e-mail of the person asking.
    await db.schema
      .createIndex('feedback_recipients_email_idx')
      .on('feedback_recipients')
      .columns(['email_key', 'request_id'])
      .execute();
  },
};
