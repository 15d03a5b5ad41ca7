import { describe, expect, it } from 'vitest';
import { CitizenSession } from '../../../electron/main/services/session/citizen-session.ts';
import { KioskError } from '../../../electron/main/errors.ts';
import type { Session } from '../../../shared/contract/sessions.ts';
import { SAMPLE_ACCOUNT } from './sample-account.ts';

const session = (token: string): Session => ({
  token,
  expiresAt: '2026-01-01T00:30:00.000Z',
  account: SAMPLE_ACCOUNT,
});

function setup() {
  const revoked: string[] = [];
  let expired = 0;
  const citizen = new CitizenSession({
    revoke: async (token) => void revoked.push(token),
    onExpired: () => void (expired += 1),
  });
  return { citizen, revoked, expired: () => expired };
}

const TOKEN_A = 'a'.repeat(43);
const TOKEN_B = 'b'.repeat(43);

describe('CitizenSession', () => {
  it('keeps the token and hands out only the account', async () => {
    const { citizen } = setup();
    const account = await citizen.begin(session(TOKEN_A), citizen.epoch);
    expect(JSON.stringify(account)).not.toContain(TOKEN_A);
    await expect(citizen.authorised(async (token) => token)).resolves.toBe(TOKEN_A);
  });

  it('fails unauthorized without a session, without calling the API', async () => {
    const { citizen } = setup();
    let called = false;
    await expect(
      citizen.authorised(async () => {
        called = true;
      }),
    ).rejects.toMatchObject({ code: 'unauthorized' });
    expect(called).toBe(false);
  });

  it('revokes the previous token when a new citizen logs in', async () => {
    const { citizen, revoked } = setup();
    await citizen.begin(session(TOKEN_A), citizen.epoch);
    await citizen.begin(session(TOKEN_B), citizen.epoch);
    expect(revoked).toEqual([TOKEN_A]);
    await expect(citizen.authorised(async (token) => token)).resolves.toBe(TOKEN_B);
  });

  it('refuses and revokes a session that arrives for an epoch already over (a late login answer)', async () => {
    const { citizen, revoked } = setup();
    const startedIn = citizen.epoch;
    expect(citizen.advance()).toBeUndefined();
    await expect(citizen.begin(session(TOKEN_A), startedIn)).rejects.toMatchObject({ code: 'session.ended' });
    expect(revoked).toEqual([TOKEN_A]);
    expect(citizen.active).toBe(false);
  });

  it('asks for a wipe when the API no longer knows the token', async () => {
    const { citizen, expired } = setup();
    await citizen.begin(session(TOKEN_A), citizen.epoch);
    await expect(
      citizen.authorised(async () => {
        throw new KioskError('unauthorized', 'expired');
      }),
    ).rejects.toMatchObject({ code: 'unauthorized' });
    expect(expired()).toBe(1);
  });

  it('keeps the session on other API errors', async () => {
    const { citizen, expired } = setup();
    await citizen.begin(session(TOKEN_A), citizen.epoch);
    await expect(
      citizen.authorised(async () => {
        throw new KioskError('wrong_password', 'no', { oldPassword: 'wrong_password' });
      }),
    ).rejects.toMatchObject({ code: 'wrong_password' });
    expect(expired()).toBe(0);
    expect(citizen.active).toBe(true);
  });

  it('advance() forgets the token, hands it back once and starts the next epoch', async () => {
    const { citizen } = setup();
    await citizen.begin(session(TOKEN_A), citizen.epoch);
    const before = citizen.epoch;
    expect(citizen.advance()).toBe(TOKEN_A);
    expect(citizen.advance()).toBeUndefined();
    expect(citizen.epoch).toBe(before + 2);
    expect(citizen.isCurrent(before)).toBe(false);
    expect(citizen.active).toBe(false);
    expect(citizen.optionalToken()).toBeUndefined();
  });
});
