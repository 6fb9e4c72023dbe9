// The content form's values as typed, the entry they start from, and the body they make for the API
// (checked by its schema before sending).
import type { Content, CreateContentBody } from '@shared/content/content.schema.ts';
import type { SkillRef } from '@shared/skills/skill.schema.ts';
import type { FieldMap } from '../../../components/FormError.tsx';
import { namesOf, namesText } from './format.ts';
import type { ContentKind, ContentStatus } from './labels.ts';

/** The form as typed: text for every input, so half-typed numbers and dates survive until checked. */
export interface ContentFormValues {
  kind: ContentKind;
  status: ContentStatus;
  title: string;
  url: string;
  author: string;
  source: string;
  isbn: string;
  consumedOn: string;
  minutes: string;
  pages: string;
  /** "" for no rating, else "1" … "5". */
  rating: string;
  takeaways: string;
  skills: SkillRef[];
  /** Names separated by commas. */
  discussedWith: string;
}

/** The form's fields by API issue path, in the order they appear: id, label and error of each. */
export const contentFields: FieldMap = {
  kind: { id: 'content-kind', label: 'Kind' },
  status: { id: 'content-status', label: 'Status' },
  title: { id: 'content-title', label: 'Title' },
  url: { id: 'content-url', label: 'Web address (optional)', name: 'Web address' },
  author: { id: 'content-author', label: 'Author (optional)', name: 'Author' },
  source: { id: 'content-source', label: 'Source (optional)', name: 'Source' },
  isbn: { id: 'content-isbn', label: 'ISBN (optional)', name: 'ISBN' },
  consumedOn: { id: 'content-consumed', label: 'Finished on', name: 'Finished on' },
  minutes: { id: 'content-minutes', label: 'Minutes (optional)', name: 'Minutes' },
  pages: { id: 'content-pages', label: 'Pages (optional)', name: 'Pages' },
  rating: { id: 'content-rating', label: 'Rating (optional)', name: 'Rating' },
  takeaways: { id: 'content-takeaways', label: 'Takeaways (optional)', name: 'Takeaways' },
  skillIds: { id: 'content-skills', label: 'Skills it develops (optional)', name: 'Skills' },
  discussedWith: { id: 'content-discussed', label: 'Discussed with (optional)', name: 'Discussed with' },
};

/** A new entry: an article you mean to read, unless the page that opened the form said otherwise. */
export function newContentValues(
  status: ContentStatus = 'queued',
  kind: ContentKind = 'article',
  today = '',
): ContentFormValues {
  return {
    kind,
    status,
    title: '',
    url: '',
    author: '',
    source: '',
    isbn: '',
    consumedOn: status === 'done' ? today : '',
    minutes: '',
    pages: '',
    rating: '',
    takeaways: '',
    skills: [],
    discussedWith: '',
  };
}

/** An entry's form, its skills named (`skills`, in the entry's order). */
export function contentValues(entry: Content, skills: SkillRef[]): ContentFormValues {
  return {
    kind: entry.kind,
    status: entry.status,
    title: entry.title,
    url: entry.url ?? '',
    author: entry.author ?? '',
    source: entry.source ?? '',
    isbn: entry.isbn ?? '',
    consumedOn: entry.consumedOn ?? '',
    minutes: entry.minutes === null ? '' : String(entry.minutes),
    pages: entry.pages === null ? '' : String(entry.pages),
    rating: entry.rating === null ? '' : String(entry.rating),
    takeaways: entry.takeaways ?? '',
    skills,
    discussedWith: namesText(entry.discussedWith),
  };
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/**
 * "" → null (not said); "90" → 90; "1,200" → 1200 (a thousands separator); "abc" or "1.5" stay as
 * what they are (NaN, 1.5), which the schema refuses as no whole number.
 */
export function wholeNumberOf(text: string): number | null {
  const trimmed = text.trim().replace(/(?<=\d)[,\s](?=\d{3}(?:\D|$))/g, '');
  return trimmed === '' ? null : Number(trimmed);
}

/**
 * The body of a new entry or of a change, before the schema checks it: every field, so that a field
 * emptied in the form is cleared; the takeaways keep their lines, without blank ends.
 */
export function contentInput(values: ContentFormValues): CreateContentBody {
  const takeaways = values.takeaways.replace(/^\s*\n|\s+$/g, '');
  return {
    kind: values.kind,
    status: values.status,
    title: values.title,
    url: orNull(values.url),
    author: orNull(values.author),
    source: orNull(values.source),
    isbn: orNull(values.isbn),
    consumedOn: orNull(values.consumedOn),
    minutes: wholeNumberOf(values.minutes),
    pages: wholeNumberOf(values.pages),
    rating: values.rating === '' ? null : Number(values.rating),
    takeaways: takeaways === '' ? null : takeaways,
    skillIds: values.skills.map((s) => s.id),
    discussedWith: namesOf(values.discussedWith),
  };
}
