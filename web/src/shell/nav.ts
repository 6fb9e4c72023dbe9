/**
 * The primary navigation, in display order. Each capability adds its entry here when its pages are
 * built (Goals, Skills, Network …); list only what exists, never a link to an empty page.
 */
export interface NavEntry {
  /** Route path; the entry is marked current on this path and below it. */
  to: string;
  label: string;
  /** Current only on exactly this path (Home at `/` would otherwise be a prefix of everything). */
  end?: boolean;
}

export const navEntries: readonly NavEntry[] = [
  { to: '/', label: 'Home', end: true },
  { to: '/goals', label: 'Goals' },
  { to: '/skills', label: 'Skills' },
  { to: '/roles', label: 'Roles' },
  { to: '/learning', label: 'Learning' },
  { to: '/practice', label: 'Practice' },
  { to: '/content', label: 'Content' },
  { to: '/network', label: 'Network' },
  { to: '/mentoring', label: 'Mentoring' },
  { to: '/feedback-requests', label: 'Feedback' },
  { to: '/reports', label: 'Reports' },
  { to: '/account', label: 'Account' },
];

/** Where people land after signing in or up: the Home page. */
export const LANDING_PATH = '/';
