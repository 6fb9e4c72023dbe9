// Words for the content capability's values, in one place so every content screen names things
// alike. Types only from content.schema.ts: its values would bring zod into pages without forms.
import type { CONTENT_KINDS, CONTENT_STATUSES } from '@shared/content/content.schema.ts';

export type ContentKind = (typeof CONTENT_KINDS)[number];
export type ContentStatus = (typeof CONTENT_STATUSES)[number];

export const KIND_LABELS: Record<ContentKind, string> = {
  article: 'Article',
  podcast_episode: 'Podcast episode',
  video: 'Video',
  book: 'Book',
  newsletter: 'Newsletter',
  talk: 'Talk',
  paper: 'Paper',
};
export const KINDS = Object.keys(KIND_LABELS) as ContentKind[];

/** Statuses in the order the log lists them. */
export const STATUS_LABELS: Record<ContentStatus, string> = {
  in_progress: 'In progress',
  queued: 'Queued',
  done: 'Done',
  abandoned: 'Abandoned',
};
export const STATUSES = Object.keys(STATUS_LABELS) as ContentStatus[];

export const kindOf = (value: string | null | undefined): ContentKind | undefined =>
  KINDS.includes(value as ContentKind) ? (value as ContentKind) : undefined;

export const statusOf = (value: string | null | undefined): ContentStatus | undefined =>
  STATUSES.includes(value as ContentStatus) ? (value as ContentStatus) : undefined;

/** The highest rating; ratings run from 1. */
export const RATING_MAX = 5;
