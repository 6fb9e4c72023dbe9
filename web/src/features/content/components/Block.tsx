import type { ReactNode } from 'react';
import '../../../components/Panel.css';

export interface BlockProps {
  /** Used for the heading id, so the block is labelled by its heading. */
  id: string;
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
}

/**
 * A titled part of a content section, on a card like the app's panels, one heading level below the
 * section's (the Content page's sections are its h2s).
 */
export function Block({ id, title, description, children }: BlockProps) {
  return (
    <section className="panel content-block" aria-labelledby={`${id}-title`}>
      <header className="panel__header">
        <h3 className="panel__title" id={`${id}-title`} tabIndex={-1}>
          {title}
        </h3>
        {description && <div className="panel__description">{description}</div>}
      </header>
      {children}
    </section>
  );
}
