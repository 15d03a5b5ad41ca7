import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildServer } from '../../../server/app.ts';
import { devClockSchema, devSessionsSchema } from '../../../shared/contract/dev.ts';
import { API_PATHS, DEV_API_PATHS, apiPath } from '../../../shared/contract/paths.ts';
import { PASSWORD, accountApi, devServer, errorOf, residentId } from './support/account-api.ts';

const toOpenApiPath = (path: string) => path.replace(/:([a-zA-Z]+)/g, '{$1}');

describe('development endpoints', () => {
  it('are absent unless devEndpoints is on', async () => {
    const app = await buildServer({ dbPath: ':memory:' });
    try {
      const calls = [
        app.inject({ method: 'GET', url: `${DEV_API_PATHS.smsInbox}?phone=13100000001` }),
        app.inject({ method: 'GET', url: apiPath(DEV_API_PATHS.captchaAnswer, { id: 'x' }) }),
        app.inject({ method: 'POST', url: DEV_API_PATHS.identityAccounts, payload: {} }),
        app.inject({ method: 'POST', url: DEV_API_PATHS.clock, payload: { advanceSeconds: 1 } }),
        app.inject({ method: 'GET', url: `${DEV_API_PATHS.liveSessions}?phone=13100000001` }),
      ];
      for (const response of await Promise.all(calls)) {
        expect(response.statusCode).toBe(404);
        expect(errorOf(response).code).toBe('not_found');
      }
      const document = (await app.inject({ method: 'GET', url: API_PATHS.openapi })).json() as { paths: object };
      expect(Object.keys(document.paths).some((path) => path.includes('/dev/'))).toBe(false);
    } finally {
      await app.close();
    }
  });

  it('are listed in the OpenAPI document under the dev tag when on, next to the account routes', async () => {
    const app = await devServer();
    try {
      const document = (await app.inject({ method: 'GET', url: API_PATHS.openapi })).json() as {
        paths: Record<string, Record<string, { tags?: string[] }>>;
      };
      const expected = [...Object.values(API_PATHS), ...Object.values(DEV_API_PATHS)].map(toOpenApiPath).sort();
      expect(Object.keys(document.paths).sort()).toEqual(expected);
      expect(document.paths[DEV_API_PATHS.clock]?.post?.tags).toEqual(['dev']);
      expect(document.paths[API_PATHS.identitySessions]?.post?.tags).toEqual(['identity']);
      expect(document.paths[API_PATHS.sessions]?.post?.tags).toEqual(['sessions']);
      expect(document.paths[API_PATHS.smsCodes]?.post?.tags).toEqual(['verification']);
      expect(document.paths[API_PATHS.personalAccounts]?.post?.tags).toEqual(['accounts']);
    } finally {
      await app.close();
    }
  });

  it('count the live sessions of the account at a phone', async () => {
    const app = await devServer();
    try {
      const api = accountApi(app);
      const phone = '13100000009';
      const { token } = await api.registerPersonal({ phone, idNumber: residentId('46010019900101009') });
      const count = async () => devSessionsSchema.parse((await api.get(`${DEV_API_PATHS.liveSessions}?phone=${phone}`)).json()).live;
      expect(await count()).toBe(1);
      await api.loggedIn(phone, PASSWORD);
      expect(await count()).toBe(2);
      await app.inject({ method: 'DELETE', url: API_PATHS.currentSession, headers: { authorization: `Bearer ${token}` } });
      expect(await count()).toBe(1);
      expect((await api.get(`${DEV_API_PATHS.liveSessions}?phone=13100000000`)).statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });

  it('move the clock forward only, and list the SMS inbox per phone, oldest first', async () => {
    const app = await devServer();
    try {
      const api = accountApi(app);
      const moved = await api.post(DEV_API_PATHS.clock, { advanceSeconds: 3600 });
      expect(Date.parse(devClockSchema.parse(moved.json()).now) - Date.now()).toBeGreaterThan(3_500_000);
      expect(errorOf(await api.post(DEV_API_PATHS.clock, { advanceSeconds: -5 })).fields).toEqual({ advanceSeconds: 'too_small' });

      await api.smsCode('register', '13100000001');
      await api.smsCode('register', '13100000002');
      await api.advance(60);
      await api.smsCode('register', '13100000001');
      expect((await api.inbox('13100000001')).map((m) => m.phone)).toEqual(['13100000001', '13100000001']);
      const all = (await api.get(DEV_API_PATHS.smsInbox)).json() as { phone: string; sentAt: string }[];
      expect(all.map((m) => m.phone)).toEqual(['13100000001', '13100000002', '13100000001']);
      expect(Date.parse(all[2]!.sentAt)).toBeGreaterThan(Date.parse(all[0]!.sentAt));
    } finally {
      await app.close();
    }
  });
});

describe('logs of the account routes', () => {
  it('hold no phone, ID number, name, password or code', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        lines.push(chunk.toString('utf8'));
        callback();
      },
    });
    const app = await devServer({ logger: { stream, level: 'debug' } });
    const phone = '13100000003';
    const idNumber = residentId('46010019900101001');
    let code = '';
    try {
      const api = accountApi(app);
      const { token } = await api.registerPersonal({ phone, idNumber, name: '赵六' });
      code = (await api.inbox(phone))[0]!.code;
      await api.login(phone, 'Wrong1Password');
      await api.loggedIn(phone, PASSWORD);
      await api.put(API_PATHS.myName, { name: '赵小六' }, token);
      await api.postSolved(API_PATHS.personalAccounts, { name: '赵六', idType: 'resident_id', idNumber, phone, smsCode: code, password: PASSWORD });
    } finally {
      await app.close();
    }
    const all = lines.join('');
    expect(all).toContain('"route":"/api/v1/accounts/personal"');
    for (const secret of [phone, idNumber, '赵六', PASSWORD, 'Wrong1Password']) expect(all).not.toContain(secret);
    expect(all).not.toMatch(new RegExp(`(?<!\\d)${code}(?!\\d)`));
  });
});
