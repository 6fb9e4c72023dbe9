/** The source of "now", injectable so tests can freeze time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock stuck at one instant (tests, demo data). */
export const fixedClock = (iso: string): Clock => ({ now: () => new Date(iso) });
