// The limits of contacts, interactions and the network's imports, for the server's rules and the
// web's forms alike.

/** Characters in a contact's name. */
export const NAME_MAX = 200;
/** Characters in a company or a position. */
export const FIELD_MAX = 200;
/** Characters in where and how you met someone. */
export const HOW_MET_MAX = 1_000;
/** Characters in a contact's or an interaction's notes. */
export const NOTES_MAX = 10_000;
/** Characters in an e-mail address. */
export const EMAIL_MAX = 254;
/** Characters in a phone number. */
export const PHONE_MAX = 50;
/** Characters in the label of an e-mail or a phone number ("work", "mobile"). */
export const LABEL_MAX = 50;
/** E-mail addresses, and phone numbers, one contact may hold. */
export const ENTRIES_MAX = 20;
/** Tags one contact may carry, and the characters of each. */
export const TAGS_MAX = 30;
export const TAG_MAX = 50;
/** The shortest and longest keep-in-touch cadence, in days (two years). */
export const CADENCE_MIN = 1;
export const CADENCE_MAX = 730;
/** Contacts one interaction may name. */
export const CONTACTS_PER_INTERACTION = 50;
/** Days past `asOf` the due list looks for follow-ups. */
export const FOLLOW_UP_WINDOW_DAYS = 7;
/** The largest file an import takes (LinkedIn's CSV, a vCard file). */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
