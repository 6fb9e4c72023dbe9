import { Badge } from '../../../components/Badge.tsx';
import { type ContactRole, ROLE_LABELS } from './labels.ts';

/** A contact's roles as pills, in the contact's order; nothing without any. */
export function RoleList({ roles, name }: { roles: readonly ContactRole[]; name: string }) {
  if (roles.length === 0) return null;
  return (
    <ul className="role-list" aria-label={`Roles of ${name}`}>
      {roles.map((role) => (
        <li key={role}>
          <Badge tone="muted">{ROLE_LABELS[role]}</Badge>
        </li>
      ))}
    </ul>
  );
}
