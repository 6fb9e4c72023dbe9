import type { AriaRole, ReactNode } from 'react';
import './Notice.css';

export interface NoticeProps {
  /** `danger` for a failure. */
  tone?: 'accent' | 'danger';
  /** `alert` when it appears in answer to something the person just did. */
  role?: AriaRole;
  className?: string;
  children: ReactNode;
}

/** A highlighted paragraph: news on a form, or a failure said plainly. */
export function Notice({ tone = 'accent', role, className, children }: NoticeProps) {
  const classes = ['notice', tone === 'danger' && 'notice--danger', className].filter(Boolean).join(' ');
  return (
    <p role={role} className={classes}>
      {children}
    </p>
  );
}
