import { createHmac } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { pseudonymOf } from './pseudonym.ts';

describe('pseudonymOf', () => {
  it('is the HMAC-SHA256 of "database:uid" under the secret, cut to 32 hex characters', async () => {
    const expected = createHmac('sha256', 'org-secret').update('acme-prod:7').digest('hex');

    expect(await pseudonymOf('org-secret', 'acme-prod', 7)).toBe(expected.slice(0, 32));
  });

  it('differs between users, databases and secrets', async () => {
    const base = await pseudonymOf('s1', 'db', 1);

    expect(await pseudonymOf('s1', 'db', 2)).not.toBe(base);
    expect(await pseudonymOf('s1', 'db2', 1)).not.toBe(base);
    expect(await pseudonymOf('s2', 'db', 1)).not.toBe(base);
  });
});
