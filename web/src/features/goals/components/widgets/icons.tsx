import './icons.css';

/** Small decorative glyphs (16×16) so that status is carried by shape as well as colour and words. */
export type GlyphName =
  | 'check'
  | 'star'
  | 'warning'
  | 'cross'
  | 'flag'
  | 'dashed'
  | 'calendar'
  | 'info'
  | 'arrow-up'
  | 'arrow-down'
  | 'equals'
  | 'chevron'
  | 'pause';

const PATHS: Record<GlyphName, string> = {
  check: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13ZM5 8.2l2 2 4-4.2',
  star: 'M8 1.6l1.9 4 4.4.5-3.3 3 .9 4.3L8 11.2l-3.9 2.2.9-4.3-3.3-3 4.4-.5Z',
  warning: 'M8 1.8 14.6 13.6H1.4ZM8 6.2v3.4M8 11.6v.1',
  cross: 'M5.2 1.5h5.6l3.7 3.7v5.6l-3.7 3.7H5.2l-3.7-3.7V5.2ZM5.8 5.8l4.4 4.4M10.2 5.8l-4.4 4.4',
  flag: 'M3.5 14.5v-13M3.5 2.5h8.5l-2 3 2 3H3.5',
  dashed: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13Z',
  calendar: 'M2.5 3.5h11v10h-11ZM2.5 6.5h11M5.5 1.5v3M10.5 1.5v3',
  info: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13ZM8 7v4.2M8 4.8v.1',
  'arrow-up': 'M8 13.5v-11M3.5 7 8 2.5 12.5 7',
  'arrow-down': 'M8 2.5v11M3.5 9 8 13.5 12.5 9',
  equals: 'M3 6h10M3 10h10',
  chevron: 'M6 3.5 10.5 8 6 12.5',
  pause: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13ZM6.5 5.5v5M9.5 5.5v5',
};

/** One glyph, drawn with the current text colour; hidden from assistive technology. */
export function Glyph({ name, className }: { name: GlyphName; className?: string }) {
  return (
    <svg
      className={['glyph', className].filter(Boolean).join(' ')}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
        strokeDasharray={name === 'dashed' ? '2.6 2.2' : undefined}
      />
    </svg>
  );
}
