import './SkipLink.css';

/** The first focusable thing on every page: jumps past the header to the main content. */
export function SkipLink() {
  return (
    <a className="skip-link" href="#main">
      Skip to main content
    </a>
  );
}
