import type { ReactNode } from 'react';
import './Badge.css';

/** A small pill beside a heading: "Administrator", a goal's category; `muted` for a state such as "Paused". */
export function Badge({ tone = 'accent', children }: { tone?: 'accent' | 'muted'; children: ReactNode }) {
  return <span className={tone === 'muted' ? 'badge badge--muted' : 'badge'}>{children}</span>;
}
