import './Logo.css';

/** The Trellis mark: a four-pane lattice, the thing a plant climbs. Decorative; the name says it all. */
export function LogoMark({ size = 28 }: { size?: number }) {
  return (
    <svg
      className="logo-mark"
      width={size}
      height={size}
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="32" height="32" rx="8" fill="var(--accent)" />
      <g fill="none" stroke="var(--on-accent)" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M7 16 L16 7 L25 16 L16 25 Z M11.5 11.5 L20.5 20.5 M20.5 11.5 L11.5 20.5" />
      </g>
    </svg>
  );
}
