// The log's filters as the address keeps them (`/content?kind=book&q=rust`), and back.
import { type ContentKind, type ContentStatus, kindOf, statusOf } from './labels.ts';

/** The filters of the log, as the API's list takes them; a filter left out is not sent. */
export interface LogFilter {
  kind?: ContentKind;
  status?: ContentStatus;
  skillId?: string;
  q?: string;
}

/** The filters in the address; unknown kinds or statuses and empty values are left out. */
export function filterOf(params: URLSearchParams): LogFilter {
  const filter: LogFilter = {};
  const kind = kindOf(params.get('kind'));
  const status = statusOf(params.get('status'));
  const skillId = params.get('skillId')?.trim();
  const q = params.get('q')?.trim();
  if (kind) filter.kind = kind;
  if (status) filter.status = status;
  if (skillId) filter.skillId = skillId;
  if (q) filter.q = q;
  return filter;
}

/** The address's query for `filter`, in a fixed order so that the same filters read the same. */
export function paramsOf(filter: LogFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.kind) params.set('kind', filter.kind);
  if (filter.status) params.set('status', filter.status);
  if (filter.skillId) params.set('skillId', filter.skillId);
  if (filter.q?.trim()) params.set('q', filter.q.trim());
  return params;
}

/** True when any filter narrows the log. */
export const isNarrowed = (filter: LogFilter): boolean => Object.keys(filter).length > 0;
