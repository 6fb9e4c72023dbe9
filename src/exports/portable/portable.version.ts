import { PORTABLE_FORMAT, PORTABLE_VERSION } from '../../../shared/exports/portable.schema.ts';
import type { Issue } from '../../platform/http/errors.ts';

/**
 * Why a document is not one this version reads, at `version`; null when it is (or is no document
 * at all, which its schema refuses). Asked before the sections are read: in another format or
 * version they mean something else, and every field of them would be an issue of its own.
 */
export function versionIssue(body: unknown): Issue | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const { format, version } = body as { format?: unknown; version?: unknown };
  if (format === PORTABLE_FORMAT && version === PORTABLE_VERSION) return null;
  return {
    path: 'version',
    message: `must be ${PORTABLE_VERSION}, of a "${PORTABLE_FORMAT}" document (GET /api/v1/export makes one)`,
  };
}
