import { describe, expect, it } from 'vitest';
import { registerIpcHandlers, type IpcHandlers, type IpcMainLike } from '../../../electron/main/ipc/dispatch.ts';
import { KioskError } from '../../../electron/main/errors.ts';
import { isTrustedSender, type SenderEvent } from '../../../electron/main/security/sender.ts';
import { INVOKE_CHANNELS } from '../../../shared/ipc/names.ts';
import { SAMPLE_ACCOUNT } from './sample-account.ts';
import { stubHandlers } from './stub-handlers.ts';
import type { CatalogDocument } from '../../../shared/contract/catalog.ts';

const silent = { error() {}, warn() {}, info() {}, debug() {} };

const doc: CatalogDocument = {
  id: 'management-rules',
  locale: 'en',
  title: 'Rules',
  sections: [{ heading: 'Chapter 1', paragraphs: ['Article 1'] }],
  publishedOn: '2018-07-31',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

function fakeIpcMain() {
  const handlers = new Map<string, (event: SenderEvent, ...args: unknown[]) => Promise<unknown>>();
  const ipc: IpcMainLike = {
    handle: (channel, listener) => void handlers.set(channel, listener),
    removeHandler: (channel) => void handlers.delete(channel),
  };
  return { ipc, handlers, call: (channel: string, event: SenderEvent, ...args: unknown[]) => handlers.get(channel)!(event, ...args) };
}

const OUR_WINDOW = 7;
const policy = { origins: ['app://kiosk'], webContentsIds: () => [OUR_WINDOW] };
const fromApp: SenderEvent = { sender: { id: OUR_WINDOW }, senderFrame: { url: 'app://kiosk/index.html', parent: null } };

/** The session epoch as the dispatcher sees it; tests move it as a wipe would. */
function fakeGate() {
  const state = { epoch: 1, accepting: true };
  return { state, gate: { epoch: () => state.epoch, accepting: () => state.accepting } };
}

function setup(overrides: Partial<IpcHandlers> = {}) {
  const calls: unknown[] = [];
  const { state, gate } = fakeGate();
  const handlers: IpcHandlers = stubHandlers({
    'app:info': () => ({
      version: '1.0.0',
      terminalId: 't1',
      hallName: 'Hall',
      defaultLocale: 'zh-CN',
      idleTimeoutSeconds: 90,
      idleCountdownSeconds: 20,
      demoMode: false,
    }),
    'connectivity:get': () => ({ online: true, checkedAt: null }),
    'catalog:document': (request) => {
      calls.push(request);
      return doc;
    },
    ...overrides,
  });
  const fake = fakeIpcMain();
  const unregister = registerIpcHandlers(fake.ipc, handlers, { isTrusted: (e) => isTrustedSender(e, policy), gate, log: silent });
  return { ...fake, calls, unregister, session: state };
}

describe('IPC dispatch', () => {
  it('registers exactly the channels of the map and removes them again', () => {
    const { handlers, unregister } = setup();
    expect([...handlers.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
    unregister();
    expect(handlers.size).toBe(0);
  });

  it('answers a well-formed request from the app frame', async () => {
    const { call, calls } = setup();
    await expect(call('catalog:document', fromApp, { id: 'management-rules', locale: 'en' })).resolves.toEqual({ ok: true, data: doc });
    expect(calls).toEqual([{ id: 'management-rules', locale: 'en' }]);
  });

  it.each([
    ['no payload', []],
    ['a string', ['management-rules']],
    ['an unknown document id', [{ id: 'secrets', locale: 'en' }]],
    ['an unknown locale', [{ id: 'management-rules', locale: 'fr' }]],
    ['an extra key', [{ id: 'management-rules', locale: 'en', admin: true }]],
    ['two payloads', [{ id: 'management-rules', locale: 'en' }, {}]],
    ['a prototype-polluting object', [JSON.parse('{"__proto__":{"x":1},"id":"management-rules","locale":"en"}')]],
  ])('refuses %s with a typed error and never calls the handler', async (_name, args) => {
    const { call, calls } = setup();
    const result = (await call('catalog:document', fromApp, ...args)) as { ok: boolean; error: { code: string } };
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('ipc.invalid_request');
    expect(calls).toEqual([]);
  });

  it('refuses a payload on a channel that takes none', async () => {
    const { call } = setup();
    await expect(call('app:info', fromApp, { anything: 1 })).resolves.toMatchObject({ ok: false, error: { code: 'ipc.invalid_request' } });
  });

  it.each<[string, SenderEvent]>([
    ['another origin', { sender: { id: OUR_WINDOW }, senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a file: page', { sender: { id: OUR_WINDOW }, senderFrame: { url: 'file:///etc/passwd', parent: null } }],
    ['a subframe of the app', { sender: { id: OUR_WINDOW }, senderFrame: { url: 'app://kiosk/index.html', parent: {} } }],
    ['a destroyed frame', { sender: { id: OUR_WINDOW }, senderFrame: null }],
    ['a window the app did not create', { sender: { id: 99 }, senderFrame: { url: 'app://kiosk/index.html', parent: null } }],
    ['a look-alike host', { sender: { id: OUR_WINDOW }, senderFrame: { url: 'app://kiosk.evil/index.html', parent: null } }],
  ])('refuses a sender from %s', async (_name, event) => {
    const { call, calls } = setup();
    const result = await call('catalog:document', event, { id: 'management-rules', locale: 'en' });
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.forbidden_sender' } });
    expect(calls).toEqual([]);
  });

  it('passes a KioskError through as its code and hides any other failure', async () => {
    const failing = setup({
      'catalog:document': () => {
        throw new KioskError('api.unreachable', 'down');
      },
      'app:info': () => {
        throw new Error('secret internals');
      },
    });
    await expect(failing.call('catalog:document', fromApp, { id: 'management-rules', locale: 'en' })).resolves.toEqual({
      ok: false,
      error: { code: 'api.unreachable', message: 'down' },
    });
    const hidden = (await failing.call('app:info', fromApp)) as { ok: false; error: { code: string; message: string } };
    expect(hidden.error.code).toBe('ipc.handler_failed');
    expect(hidden.error.message).not.toContain('secret');
  });

  it('strips what a handler answers beyond the schema and refuses what breaks it', async () => {
    const leaky = setup({
      'connectivity:get': () => ({ online: true, checkedAt: null, token: 'secret' }) as never,
      'app:info': () => ({ version: 1 }) as never,
    });
    await expect(leaky.call('connectivity:get', fromApp)).resolves.toEqual({ ok: true, data: { online: true, checkedAt: null } });
    await expect(leaky.call('app:info', fromApp)).resolves.toMatchObject({ ok: false, error: { code: 'ipc.invalid_response' } });
  });
});

describe('IPC dispatch of account channels', () => {
  const login = { userType: 'personal', phone: '13800138000', password: 'Secret123', captchaId: 'c1', captchaAnswer: 'AB12' };

  it('passes a KioskError with fields and retry time through to the page', async () => {
    const { call } = setup({
      'auth:login': () => {
        throw new KioskError('account_locked', 'locked', { password: 'wrong_password' }, 900);
      },
    });
    await expect(call('auth:login', fromApp, login)).resolves.toEqual({
      ok: false,
      error: { code: 'account_locked', message: 'locked', fields: { password: 'wrong_password' }, retryAfterSeconds: 900 },
    });
  });

  it('refuses a login payload with extra or missing fields before the handler runs', async () => {
    let ran = false;
    const { call } = setup({
      'auth:login': () => {
        ran = true;
        throw new Error('must not run');
      },
    });
    const extra = await call('auth:login', fromApp, { ...login, token: 'x' });
    const missing = await call('auth:login', fromApp, { phone: '13800138000' });
    expect(extra).toMatchObject({ ok: false, error: { code: 'ipc.invalid_request' } });
    expect(missing).toMatchObject({ ok: false, error: { code: 'ipc.invalid_request', fields: { password: 'invalid_type' } } });
    expect(ran).toBe(false);
  });

  it('strips anything outside the account schema from a handler answer (a token never reaches the page)', async () => {
    const account = SAMPLE_ACCOUNT;
    const { call } = setup({ 'auth:login': () => ({ ...account, token: 'secret-token' }) });
    const result = (await call('auth:login', fromApp, login)) as { ok: true; data: Record<string, unknown> };
    expect(result.ok).toBe(true);
    expect(result.data).toEqual(account);
    expect(JSON.stringify(result)).not.toContain('secret-token');
  });
});

describe('IPC dispatch across a wipe', () => {
  it('drops the answer of a request whose session was wiped while it ran, success or failure', async () => {
    let finish: (account: typeof SAMPLE_ACCOUNT) => void = () => undefined;
    let failLater: (error: Error) => void = () => undefined;
    const { call, session } = setup({
      'account:get': () => new Promise((resolve) => (finish = resolve)),
      'account:change-name': () => new Promise((_, reject) => (failLater = reject)),
    });
    const late = call('account:get', fromApp);
    const lateFailure = call('account:change-name', fromApp, { name: '李四' });
    session.epoch = 2;
    finish(SAMPLE_ACCOUNT);
    failLater(new KioskError('unauthorized', 'gone'));
    await expect(late).resolves.toMatchObject({ ok: false, error: { code: 'session.ended' } });
    await expect(lateFailure).resolves.toMatchObject({ ok: false, error: { code: 'session.ended' } });
  });

  it('hands the handler the epoch the request was made in', async () => {
    const epochs: number[] = [];
    const { call, session } = setup({ 'catalog:document': (_request, { epoch }) => (epochs.push(epoch), doc) });
    await call('catalog:document', fromApp, { id: 'management-rules', locale: 'en' });
    session.epoch = 5;
    await call('catalog:document', fromApp, { id: 'management-rules', locale: 'en' });
    expect(epochs).toEqual([1, 5]);
  });

  it('refuses every request while a wipe runs, before its handler', async () => {
    const { call, calls, session } = setup();
    session.accepting = false;
    await expect(call('catalog:document', fromApp, { id: 'management-rules', locale: 'en' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'session.ended' },
    });
    expect(calls).toEqual([]);
  });
});

describe('IPC payload size cap', () => {
  it('refuses an oversized payload with a typed error before it is parsed or handled', async () => {
    const { call, calls } = setup();
    const huge = { id: 'management-rules', locale: 'en', padding: 'x'.repeat(200_000) };
    await expect(call('catalog:document', fromApp, huge)).resolves.toMatchObject({ ok: false, error: { code: 'ipc.payload_too_large' } });
    const deep = { id: 'management-rules', locale: 'en', list: Array.from({ length: 20_000 }, () => ({ a: 1 })) };
    await expect(call('catalog:document', fromApp, deep)).resolves.toMatchObject({ ok: false, error: { code: 'ipc.payload_too_large' } });
    expect(calls).toEqual([]);
    // A payload of normal size still goes through.
    await expect(call('catalog:document', fromApp, { id: 'management-rules', locale: 'en' })).resolves.toMatchObject({ ok: true });
  });
});
