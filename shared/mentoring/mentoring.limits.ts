// The limits of mentorships, their sessions, action items and comments, and of feedback requests,
// for the server's rules and the web's forms alike.

/** Characters in a mentorship's focus. */
export const FOCUS_MAX = 1_000;
/** Skills, and goals, one mentorship may name as its focus. */
export const FOCUS_ITEMS_MAX = 20;
/** The shortest and longest agreed time between sessions, in days. */
export const SESSION_CADENCE_MIN = 1;
export const SESSION_CADENCE_MAX = 365;
/** Characters in a session's agenda, and in its notes and private notes. */
export const AGENDA_MAX = 2_000;
export const SESSION_NOTES_MAX = 20_000;
/** Characters in an action item's title. */
export const ACTION_TITLE_MAX = 200;
/** Characters in a comment on a goal. */
export const COMMENT_MAX = 4_000;
/** Characters in the note of a mentor's assessment. */
export const ASSESSMENT_NOTE_MAX = 2_000;

/** Questions one feedback request asks, and the characters of each. */
export const QUESTIONS_MIN = 1;
export const QUESTIONS_MAX = 5;
export const QUESTION_MAX = 500;
/** Characters in one answer. */
export const ANSWER_MAX = 5_000;
/** Characters in a request's topic. */
export const TOPIC_MAX = 200;
/** Days a feedback link stays open: the least, the most and the default. */
export const EXPIRY_MIN_DAYS = 1;
export const EXPIRY_MAX_DAYS = 365;
export const EXPIRY_DEFAULT_DAYS = 30;
