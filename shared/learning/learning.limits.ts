// The limits of learning activities and their time logs, for the server's rules and the web's forms
// alike. The practice log shares the ones about time, titles, addresses and skills.

/** Characters in an activity's or a practice entry's title. */
export const TITLE_MAX = 200;
/** Characters in a provider's name or a credential's identifier. */
export const NAME_MAX = 200;
/** Characters in a web address. */
export const URL_MAX = 2_000;
/** Characters in a log entry's note. */
export const NOTE_MAX = 2_000;
/** Characters in a practice entry's description, reflection or outcome. */
export const TEXT_MAX = 10_000;
/** Minutes one entry may log: a whole day. */
export const MINUTES_MAX = 1_440;
/** The most hours an activity may plan (a degree is some thousands). */
export const HOURS_PLANNED_MAX = 100_000;
/** The largest cost, in any currency. */
export const COST_MAX = 1_000_000_000;
/** Decimals a cost may carry: three, as the currencies with the smallest minor unit (BHD, KWD). */
export const COST_DECIMALS = 3;
/** Skills one activity or practice entry may name. */
export const SKILLS_PER_ENTRY = 20;
/** Days ahead the expiring list looks by default, and at most. */
export const EXPIRING_WITHIN_DEFAULT = 90;
export const EXPIRING_WITHIN_MAX = 3_650;
