import { randomFillSync } from 'node:crypto';
import { v7 } from 'uuid';

// uuid's v7() draws 16 random bytes from the system for every id, which costs more than the rest of
// making a row when an import writes tens of thousands: the bytes come from a pool here, refilled
// 512 ids at a time, and the clock and counter are kept as uuid keeps them.
const POOL_IDS = 512;
const pool = new Uint8Array(16 * POOL_IDS);
let used = POOL_IDS;
const state = { msecs: Number.NEGATIVE_INFINITY, seq: 0 };

function randomBytes16(): Uint8Array {
  if (used === POOL_IDS) {
    randomFillSync(pool);
    used = 0;
  }
  return pool.subarray(16 * used, 16 * ++used);
}

/**
 * A new sortable id (UUIDv7: time-ordered, so ids sort by creation). Within one millisecond a
 * counter, started at random, orders them (RFC 9562's method 1, as uuid does).
 */
export function newId(): string {
  const now = Date.now();
  const random = randomBytes16();
  if (now > state.msecs) {
    state.msecs = now;
    state.seq = ((random[6]! & 0x7f) << 24) | (random[7]! << 16) | (random[8]! << 8) | random[9]!;
  } else {
    state.seq = (state.seq + 1) | 0;
    if (state.seq === 0) state.msecs += 1;
  }
  return v7({ random, msecs: state.msecs, seq: state.seq });
}
