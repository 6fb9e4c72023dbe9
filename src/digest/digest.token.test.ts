import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { unsubscribeToken, userOfToken } from './digest.token.ts';

const SECRET = 's'.repeat(48);
const ID = '01a22b27-e51d-762a-8f19-04d33def21f9';

describe('the unsubscribe token', () => {
  it('is the id, a dot and 43 base64url characters (32 bytes of HMAC-SHA256), and finds the id again', () => {
    const token = unsubscribeToken(ID, SECRET);
    expect(token).toMatch(new RegExp(`^${ID}\\.[A-Za-z0-9_-]{43}$`));
    expect(userOfToken(token, SECRET)).toBe(ID);
  });

  it('finds no one under another secret, with another id, or with a changed MAC', () => {
    const token = unsubscribeToken(ID, SECRET);
    expect(userOfToken(token, 't'.repeat(48))).toBeNull();
    expect(userOfToken(token.replace(ID, '01a22b27-e51d-762a-8f19-04d33def21f0'), SECRET)).toBeNull();
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    expect(userOfToken(`${token.slice(0, -1)}${last}`, SECRET)).toBeNull();
    expect(userOfToken(ID, SECRET)).toBeNull();
    expect(userOfToken(`.${token.split('.')[1]}`, SECRET)).toBeNull();
  });

  it('is not the bare HMAC of the id, which is what the session secret signs cookies with', () => {
    const bare = createHmac('sha256', SECRET).update(ID).digest('base64url');
    expect(unsubscribeToken(ID, SECRET)).not.toBe(`${ID}.${bare}`);
  });
});
