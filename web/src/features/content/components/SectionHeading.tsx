import type { ReactNode } from 'react';
import { SECTION_HEADING_ID } from './focus.ts';

/**
 * The heading of a content section (Log, Queue …): the section is labelled by it, and focus comes to
 * it when what the person acted on has left the list.
 */
export function SectionHeading({ title, lead }: { title: string; lead?: ReactNode }) {
  return (
    <header className="content-section__header">
      <h2 id={SECTION_HEADING_ID} className="content-section__title" tabIndex={-1}>
        {title}
      </h2>
      {lead && <p className="content-section__lead">{lead}</p>}
    </header>
  );
}
