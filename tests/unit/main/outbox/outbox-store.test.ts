import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { safeStorageCipher } from '../../../../electron/main/services/outbox/cipher.ts';
import { createOutbox, type NewOutboxEntry, type OutboxOptions } from '../../../../electron/main/services/outbox/outbox.ts';
import type { OutboxAlert } from '../../../../electron/main/services/outbox/retention.ts';
import type { OutboxProblem } from '../../../../electron/main/services/outbox/status.ts';
import { hostCipher, withAnotherKey } from './support/host-cipher.ts';
import { fileCount, plaintextFindings } from './support/plaintext-scan.ts';
import { enospcFs } from './support/failing-fs.ts';
import { OFFLINE_CITIZEN, applicationBodies, personalData } from './support/reference-api.ts';
import { localReference } from '../../../../shared/outbox/queued.ts';

const T0 = Date.parse('2027-03-02T02:00:00Z');
const citizen = OFFLINE_CITIZEN;
const [incremental, renewal] = applicationBodies('hainan-0123456789abcdef', citizen);
const submit = (body: unknown = incremental, key = citizen.accountId): NewOutboxEntry => ({ kind: 'application.submit', citizenKey: key, grant: citizen.grant, body });

let dir: string;
let clock: number;
const open = (options: Partial<OutboxOptions> = {}) => createOutbox({ dir, cipher: hostCipher, now: () => clock, ...options });
const journalFile = () => join(dir, 'journal.q1');

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'qk-outbox-'));
  clock = T0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the outbox store', () => {
  it('keeps what enqueue acknowledged, in order, across a reopen; ids are UUID v7', async () => {
    const outbox = await open();
    const first = await outbox.enqueue(submit());
    clock += 1;
    const second = await outbox.enqueue({ kind: 'ladder.enrol', citizenKey: 'other', grant: citizen.grant, body: {} });
    expect(first).toEqual({ id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/), kind: 'application.submit', state: 'pending', enqueuedAt: T0 });
    expect(second.id > first.id).toBe(true);
    await outbox.close();

    const reopened = await open();
    expect(reopened.entries().map((entry) => [entry.id, entry.kind, entry.state, entry.attempts, entry.body])).toEqual([
      [first.id, 'application.submit', 'pending', 0, incremental],
      [second.id, 'ladder.enrol', 'pending', 0, {}],
    ]);
    expect(reopened.problems()).toEqual([]);
    await reopened.close();
  });

  it('takes the Idempotency-Key a request was already sent under; the same id again is the same entry, with another request refused', async () => {
    const outbox = await open();
    const id = '01890a5d-ac96-774b-bcce-b302099a8057';
    await outbox.enqueue({ ...submit(), id });
    await expect(outbox.enqueue({ ...submit(), id })).resolves.toMatchObject({ id, state: 'pending' });
    await expect(outbox.enqueue({ ...submit(renewal), id })).rejects.toMatchObject({ code: 'outbox.invalid_entry' });
    await expect(outbox.enqueue({ ...submit(), body: { catalogVersion: 1 } })).rejects.toMatchObject({ code: 'outbox.invalid_entry' });
    await expect(outbox.enqueue({ kind: 'application.cancel', citizenKey: 'x', grant: citizen.grant, body: { code: 'nope' } })).rejects.toMatchObject({
      code: 'outbox.invalid_entry',
    });
    expect(outbox.entries()).toHaveLength(1);
    await outbox.close();
  });

  it('encrypts everything it writes: no ID number, phone or name in any file', async () => {
    const outbox = await open();
    for (const body of applicationBodies('hainan-0123456789abcdef', citizen)) await outbox.enqueue(submit(body));
    await outbox.settle(outbox.entries()[0]!.id, { type: 'rejected', code: 'application_exists' });
    await outbox.close();
    expect(fileCount(dir)).toBeGreaterThan(0);
    expect(readFileSync(journalFile(), 'utf8')).toMatch(/^(q1 [0-9a-f]{8} [A-Za-z0-9+/=]+\n)+$/);
    expect(plaintextFindings(dir, [...personalData([citizen]), citizen.accountId, 'application_exists'])).toEqual([]);
  });

  it.each([
    ['no encryption at all', { isEncryptionAvailable: () => false, getSelectedStorageBackend: () => 'unknown' as const }],
    ['Linux basic_text', { isEncryptionAvailable: () => true, getSelectedStorageBackend: () => 'basic_text' as const }],
  ])('refuses to queue with %s (outbox.unencrypted), writing nothing', async (_, backend) => {
    const plain = { ...backend, encryptString: (text: string) => Buffer.from(text), decryptString: (data: Buffer) => data.toString() };
    const problems: OutboxProblem[] = [];
    const outbox = await open({ cipher: safeStorageCipher(plain, 'linux'), onProblem: (problem) => problems.push(problem) });
    await expect(outbox.enqueue(submit())).rejects.toMatchObject({ code: 'outbox.unencrypted' });
    expect(problems).toEqual([{ code: 'outbox.unencrypted', at: T0 }]);
    expect(outbox.status().problems).toEqual(problems);
    expect(fileCount(dir)).toBe(0);
  });

  it('opens without its folder (a file in its place, a disk that refuses): the kiosk runs on, queueing refuses write_failed, staff are told', async () => {
    const blocked = join(dir, 'outbox');
    writeFileSync(blocked, 'not a folder');
    const problems: OutboxProblem[] = [];
    const outbox = await open({ dir: blocked, onProblem: (problem) => problems.push(problem) });
    expect(problems).toEqual([{ code: 'outbox.unavailable', at: T0, errno: expect.stringMatching(/^E[A-Z]+$/) }]);
    await expect(outbox.enqueue(submit())).rejects.toMatchObject({ code: 'outbox.write_failed' });
    expect(outbox.status()).toMatchObject({ counts: { pending: 0 }, problems });
    await outbox.close();
  });

  it('stops queueing when the backend stops encrypting after it opened', async () => {
    let encrypting = true;
    const outbox = await open({ cipher: { ...hostCipher, encrypts: () => encrypting } });
    await outbox.enqueue(submit());
    encrypting = false;
    await expect(outbox.enqueue(submit(renewal))).rejects.toMatchObject({ code: 'outbox.unencrypted' });
    expect(outbox.entries()).toHaveLength(1);
    await outbox.close();
  });

  it('quarantines a damaged line and a torn last line, keeps every other entry, and appends on a line of its own', async () => {
    const outbox = await open();
    const ids = [];
    for (let i = 0; i < 3; i += 1) ids.push((await outbox.enqueue(submit(incremental, `citizen-${i}`))).id);
    await outbox.close();
    const lines = readFileSync(journalFile(), 'utf8').split('\n');
    lines[1] = lines[1]!.replace(/.{4}$/, (end) => (end === 'AAAA' ? 'BBBB' : 'AAAA'));
    writeFileSync(journalFile(), `${lines.join('\n')}q1 0badc0de half-a-line`);

    const problems: OutboxProblem[] = [];
    clock += 5;
    const reopened = await open({ onProblem: (problem) => problems.push(problem) });
    expect(reopened.entries().map((entry) => entry.id)).toEqual([ids[0], ids[2]]);
    expect(problems).toEqual([
      {
        code: 'outbox.corrupt_record',
        at: T0 + 5,
        file: join(dir, 'quarantine', `journal-${T0 + 5}.q1`),
        lines: [
          { line: 2, defect: 'checksum' },
          { line: 4, defect: 'truncated' },
        ],
      },
    ]);
    expect(readFileSync(problems[0]!.code === 'outbox.corrupt_record' ? problems[0]!.file! : '', 'utf8')).toContain('half-a-line');
    const later = await reopened.enqueue(submit(renewal));
    await reopened.close();
    const again = await open();
    expect(again.entries().map((entry) => entry.id)).toEqual([ids[0], ids[2], later.id]);
    expect(again.problems()).toEqual([]);
    await again.close();
  });

  it('keeps going when the whole file is unreadable (the keyring was reset): all of it quarantined, new entries taken', async () => {
    const outbox = await open();
    await outbox.enqueue(submit());
    await outbox.close();
    await withAnotherKey(async () => {
      const reopened = await open();
      expect(reopened.entries()).toEqual([]);
      expect(reopened.problems()).toMatchObject([{ code: 'outbox.corrupt_record', lines: [{ line: 1, defect: 'undecryptable' }] }]);
      await reopened.enqueue(submit(renewal));
      await reopened.close();
      expect(readdirSync(join(dir, 'quarantine'))).toHaveLength(1);
    });
  });

  it('cuts a torn tail that it could not rewrite away from the next record (a full disk at open)', async () => {
    const outbox = await open();
    const { id } = await outbox.enqueue(submit());
    await outbox.close();
    appendFileSync(journalFile(), 'q1 12345678 torn');
    const renameFails = await open({ fs: { ...(await import('node:fs/promises')), rename: () => Promise.reject(Object.assign(new Error('full'), { code: 'ENOSPC' })) } });
    const later = await renameFails.enqueue(submit(renewal));
    await renameFails.close();
    const reopened = await open();
    expect(reopened.entries().map((entry) => entry.id)).toEqual([id, later.id]);
    await reopened.close();
  });

  it('drops the body and the grant of a delivered entry and keeps its receipt; compaction keeps what is live', async () => {
    const outbox = await open({ keepDeliveredMs: 1000 });
    const { id } = await outbox.enqueue(submit());
    await outbox.settle(id, { type: 'delivered', receipt: { status: 201, code: '2027031000001', at: T0 } });
    expect(outbox.entries()[0]).toMatchObject({ state: 'delivered', body: null, grant: null, attempts: 1, receipt: { code: '2027031000001' } });
    expect(outbox.receipt(id)).toEqual({ status: 201, code: '2027031000001', at: T0 });
    const waiting = await outbox.enqueue(submit(renewal, 'other'));
    clock += 2000;
    for (let i = 0; i < 70; i += 1) await outbox.settle(waiting.id, { type: 'retry', code: 'http_500', nextAttemptAt: clock });
    expect(outbox.entries().map((entry) => entry.id)).toEqual([waiting.id]);
    await outbox.close();
    expect(readFileSync(journalFile(), 'utf8').split('\n').length).toBeLessThan(20);
    const reopened = await open();
    expect(reopened.entries().map((entry) => [entry.id, entry.attempts])).toEqual([[waiting.id, 70]]);
    await reopened.close();
  });

  it('alerts staff past the retention limits and drops nothing', async () => {
    const alerts: OutboxAlert[][] = [];
    const outbox = await open({ retention: { maxEntries: 2, maxAgeMs: 60_000 }, onAlert: (raised) => alerts.push(raised) });
    await outbox.enqueue(submit());
    expect(alerts).toEqual([]);
    await outbox.enqueue(submit(renewal));
    clock += 60_000;
    await outbox.enqueue(submit(incremental, 'other'));
    expect(alerts).toEqual([
      [{ code: 'outbox.retention_count', count: 2, limit: 2 }],
      [
        { code: 'outbox.retention_count', count: 3, limit: 2 },
        { code: 'outbox.retention_age', oldestAgeMs: 60_000, limit: 60_000 },
      ],
    ]);
    expect(outbox.entries()).toHaveLength(3);
    await outbox.close();
  });

  it('says what it holds without anything personal: counts, the oldest pending age, rejections with their codes', async () => {
    const outbox = await open();
    const a = await outbox.enqueue(submit());
    clock += 1000;
    const b = await outbox.enqueue(submit(renewal));
    const c = await outbox.enqueue(submit(incremental, 'other'));
    await outbox.settle(a.id, { type: 'rejected', code: 'application_exists' });
    await outbox.settle(c.id, { type: 'delivered', receipt: { status: 201, code: '2027031000002', at: clock } });
    outbox.setInFlight(b.id, true);
    clock += 500;
    const status = outbox.status();
    expect(status).toEqual({
      counts: { pending: 0, delivering: 1, delivered: 1, rejected: 1 },
      oldestPendingAgeMs: 500,
      rejected: [{ id: a.id, reference: localReference(a.id), kind: 'application.submit', code: 'application_exists', at: T0 + 1000 }],
      alerts: [],
      problems: [],
    });
    expect(outbox.status()).toEqual(status);
    expect(JSON.stringify(status)).not.toMatch(new RegExp([...personalData([citizen]), citizen.accountId, 'qkg1'].join('|')));
    await outbox.close();
    await expect(outbox.enqueue(submit())).rejects.toMatchObject({ code: 'outbox.closed' });
  });

  it('cuts a failed append back: a short write then ENOSPC leaves the journal as it was', async () => {
    let failNext = false;
    const fs = enospcFs((_, length) => {
      if (!failNext) return undefined;
      failNext = false;
      return Math.floor(length / 2);
    });
    const outbox = await open({ fs });
    const { id } = await outbox.enqueue(submit());
    const size = readFileSync(journalFile()).length;
    failNext = true;
    await expect(outbox.enqueue(submit(renewal))).rejects.toMatchObject({ code: 'outbox.disk_full' });
    expect(readFileSync(journalFile()).length).toBe(size);
    expect(outbox.entries().map((entry) => entry.id)).toEqual([id]);
    await outbox.close();
    const reopened = await open();
    expect(reopened.problems()).toEqual([]);
    await reopened.close();
  });
});
