import type { ReactNode } from 'react';
import './Panel.css';

export interface PanelProps {
  /** Used for the heading id, so the section is labelled by its heading. */
  id: string;
  title: string;
  description?: ReactNode;
  tone?: 'default' | 'danger';
  children: ReactNode;
}

/** A titled section of a page (an h2 and its content) on a card. */
export function Panel({ id, title, description, tone = 'default', children }: PanelProps) {
  return (
    <section className={tone === 'danger' ? 'panel panel--danger' : 'panel'} aria-labelledby={`${id}-title`}>
      <header className="panel__header">
        <h2 className="panel__title" id={`${id}-title`}>
          {title}
        </h2>
        {description && <div className="panel__description">{description}</div>}
      </header>
      {children}
    </section>
  );
}
