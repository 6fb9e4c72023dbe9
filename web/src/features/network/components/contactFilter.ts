// The contact list's filters as the address keeps them (`/network?q=acme&role=mentor&tag=rust`),
// and back.
import { type ContactRole, roleOf } from './labels.ts';

/** The filters of the contact list, as the API's list takes them; a filter left out is not sent. */
export interface ContactFilter {
  q?: string;
  role?: ContactRole;
  tag?: string;
}

/** The filters in the address; unknown roles and empty values are left out, the rest trimmed. */
export function filterOf(params: URLSearchParams): ContactFilter {
  const filter: ContactFilter = {};
  const q = params.get('q')?.trim();
  const role = roleOf(params.get('role'));
  const tag = params.get('tag')?.trim();
  if (q) filter.q = q;
  if (role) filter.role = role;
  if (tag) filter.tag = tag;
  return filter;
}

/** The address's query for `filter`, in a fixed order so that the same filters read the same. */
export function paramsOf(filter: ContactFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.q?.trim()) params.set('q', filter.q.trim());
  if (filter.role) params.set('role', filter.role);
  if (filter.tag?.trim()) params.set('tag', filter.tag.trim());
  return params;
}

/** True when any filter narrows the list. */
export const isNarrowed = (filter: ContactFilter): boolean => Object.keys(filter).length > 0;
