// The limits of goals and check-ins, for the server's rules and the web's forms alike.

/** Characters in a goal's title. */
export const TITLE_MAX = 200;
/** Characters in a goal's description or why. */
export const LONG_TEXT_MAX = 10_000;
/** Characters in a check-in's note. */
export const NOTE_MAX = 2_000;
/** Characters in a metric's unit. */
export const UNIT_MAX = 40;
/** The largest weight of a slice among its siblings. */
export const WEIGHT_MAX = 1_000_000;
/** The largest size of a baseline, target or check-in value. */
export const MAX_MEASUREMENT = 1_000_000_000;
/** The most decimals a baseline, target or check-in value may carry. */
export const MAX_DECIMALS = 6;
/** Goals nest at most this deep, a top-level goal being level 1. */
export const MAX_GOAL_DEPTH = 8;
/** The most slices one breakdown makes: ten years of months. */
export const MAX_SLICES = 120;
/** Skills one goal may develop. */
export const SKILLS_PER_GOAL = 20;
