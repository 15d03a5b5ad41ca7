import { describe, expect, it } from 'vitest';
import { CitizenSession, type SessionEndReason } from '../../../electron/main/services/citizen-session.ts';
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
  const ended: SessionEndReason[] = [];
  const citizen = new CitizenSession({
    revoke: async (token) => void revoked.push(token),
    onEnded: (reason) => void ended.push(reason),
  });
  return { citizen, revoked, ended };
}

const TOKEN_A = 'a'.repeat(43);
const TOKEN_B = 'b'.repeat(43);

describe('CitizenSession', () => {
  it('keeps the token and hands out only the account', async () => {
    const { citizen } = setup();
    const account = await citizen.begin(session(TOKEN_A));
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
    await citizen.begin(session(TOKEN_A));
    await citizen.begin(session(TOKEN_B));
    expect(revoked).toEqual([TOKEN_A]);
    await expect(citizen.authorised(async (token) => token)).resolves.toBe(TOKEN_B);
  });

  it('ends as expired when the API no longer knows the token', async () => {
    const { citizen, ended } = setup();
    await citizen.begin(session(TOKEN_A));
    await expect(
      citizen.authorised(async () => {
        throw new KioskError('unauthorized', 'expired');
      }),
    ).rejects.toMatchObject({ code: 'unauthorized' });
    expect(ended).toEqual(['expired']);
    expect(citizen.active).toBe(false);
  });

  it('keeps the session on other API errors', async () => {
    const { citizen, ended } = setup();
    await citizen.begin(session(TOKEN_A));
    await expect(
      citizen.authorised(async () => {
        throw new KioskError('wrong_password', 'no', { oldPassword: 'wrong_password' });
      }),
    ).rejects.toMatchObject({ code: 'wrong_password' });
    expect(ended).toEqual([]);
    expect(citizen.active).toBe(true);
  });

  it('logs out: forgets the token even when revoking fails, and only once', async () => {
    const ended: SessionEndReason[] = [];
    const citizen = new CitizenSession({
      revoke: async () => {
        throw new KioskError('api.unreachable', 'down');
      },
      onEnded: (reason) => void ended.push(reason),
    });
    await citizen.begin(session(TOKEN_A));
    await citizen.end();
    await citizen.end();
    expect(citizen.active).toBe(false);
    expect(citizen.optionalToken()).toBeUndefined();
    expect(ended).toEqual(['logout']);
  });
});
