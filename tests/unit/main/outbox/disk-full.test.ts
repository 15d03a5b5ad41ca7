import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutbox } from '../../../../electron/main/services/outbox/outbox.ts';
import { hostCipher } from './support/host-cipher.ts';
import { enospcFs } from './support/failing-fs.ts';
import { OFFLINE_CITIZEN, applicationBodies } from './support/reference-api.ts';

const SIZE = 256 * 1024;
const citizen = OFFLINE_CITIZEN;

/** The same disk, full at SIZE bytes of journal, where no tmpfs can be mounted (not root). */
const fullAtSize = enospcFs((position, length) => (position + length <= SIZE ? undefined : Math.max(0, SIZE - position)));

let mount: string;
let mounted = false;
beforeAll(() => {
  mount = mkdtempSync(join(tmpdir(), 'qk-outbox-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${SIZE},mode=0700`, 'tmpfs', mount], { stdio: 'ignore' });
    mounted = true;
  } catch {
    mounted = false;
  }
});
afterAll(() => {
  if (mounted) execFileSync('umount', [mount]);
  rmSync(mount, { recursive: true, force: true });
});

describe('a full disk while queueing', () => {
  it('rejects enqueue with outbox.disk_full, writes nothing half, and keeps every earlier entry', async () => {
    const dir = join(mount, 'outbox');
    const fs = mounted ? undefined : fullAtSize;
    const outbox = await createOutbox({ dir, cipher: hostCipher, fs });
    const bodies = applicationBodies('hainan-0123456789abcdef', citizen);
    const acked: string[] = [];
    let refusal: unknown;
    for (let i = 0; i < 1000 && refusal === undefined; i += 1) {
      await outbox
        .enqueue({ kind: 'application.submit', citizenKey: `citizen-${i}`, grant: citizen.grant, body: bodies[i % 3] })
        .then(({ id }) => acked.push(id), (error: unknown) => (refusal = error));
    }
    expect(refusal).toMatchObject({ code: 'outbox.disk_full' });
    expect(acked.length).toBeGreaterThan(10);
    await expect(outbox.enqueue({ kind: 'ladder.enrol', citizenKey: 'x', grant: citizen.grant, body: {} })).rejects.toMatchObject({ code: 'outbox.disk_full' });
    expect(outbox.entries().map((entry) => entry.id)).toEqual(acked);
    await outbox.close();

    const journal = readFileSync(join(dir, 'journal.q1'), 'utf8');
    expect(journal.endsWith('\n')).toBe(true);
    expect(journal.split('\n')).toHaveLength(acked.length + 1);
    const reopened = await createOutbox({ dir, cipher: hostCipher, fs });
    expect(reopened.problems()).toEqual([]);
    expect(reopened.entries().map((entry) => entry.id)).toEqual(acked);
    await reopened.close();
  });
});
