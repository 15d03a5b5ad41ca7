/**
 * The outbox's file: an append-only journal of encrypted records
 * (journal-record.ts), one line each, every append fsynced before it
 * resolves, compacted by an atomic rewrite.
 *
 * Why a journal and not an electron-store-like file rewritten whole on each
 * change (temp file, fsync, rename, fsync of the folder): an append is one
 * write and one fdatasync of one record, whatever the queue holds, where a
 * rewrite costs two fsyncs and grows with the queue. `npm run bench`
 * (tests/bench/outbox-enqueue.bench.ts) measures both against a bare write +
 * fsync of the same bytes: on this project's machines, with 400 entries
 * queued, the journal's enqueue is 1.5-1.7x the bare write at p50 (the rest
 * is checking and encrypting the entry) and within its noise at p99, the
 * whole-file rewrite 8.5x at p50 and 4-7x at p99, growing with the queue
 * (docs/outbox.md). The price is recovery code:
 * a torn or damaged line is found by its CRC, copied aside and left out, and
 * the rest kept.
 */
import { constants, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { OutboxCipher } from './cipher.ts';
import { decodeRecord, encodeRecord, type JournalRecord, type RecordDefect } from './journal-record.ts';
import { writeFailure } from './outbox-errors.ts';
import { writeAll, type OutboxFs } from './outbox-fs.ts';

const JOURNAL = 'journal.q1';
const TEMP = 'journal.q1.tmp';
const QUARANTINE = 'quarantine';
const NEWLINE = Buffer.from('\n');

/** Lines of a journal that could not be read, and where a copy of the whole file was put aside. */
export type Quarantined = { file: string | null; lines: { line: number; defect: RecordDefect }[] };

export interface JournalOptions {
  dir: string;
  cipher: OutboxCipher;
  fs: OutboxFs;
  now: () => number;
}

async function readOrEmpty(fs: OutboxFs, path: string): Promise<Buffer> {
  try {
    return await fs.readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return Buffer.alloc(0);
    throw error;
  }
}

function parse(data: Buffer, cipher: OutboxCipher): { records: JournalRecord[]; defects: Quarantined['lines'] } {
  const lines = data.toString('utf8').split('\n');
  const tail = lines.pop() ?? '';
  const records: JournalRecord[] = [];
  const defects: Quarantined['lines'] = [];
  lines.forEach((line, index) => {
    const decoded = decodeRecord(line, cipher);
    if ('record' in decoded) records.push(decoded.record);
    else defects.push({ line: index + 1, defect: decoded.defect });
  });
  // A last line without its newline is a write that never finished: never acknowledged, but kept aside like the rest.
  if (tail !== '') defects.push({ line: lines.length + 1, defect: 'truncated' });
  return { records, defects };
}

/** Opens (or creates) the journal in `dir`: what it holds, and what of it could not be read (copied to quarantine/). */
export async function openJournal({ dir, cipher, fs, now }: JournalOptions) {
  const path = join(dir, JOURNAL);
  await fs.mkdir(join(dir, QUARANTINE), { recursive: true, mode: 0o700 });
  // A rewrite that did not reach its rename: the journal itself is whole.
  await fs.rm(join(dir, TEMP), { force: true });
  const data = await readOrEmpty(fs, path);
  const { records, defects } = parse(data, cipher);

  let handle: FileHandle = await fs.open(path, constants.O_RDWR | constants.O_CREAT, 0o600);
  let size = data.length;
  let lines = records.length + defects.length;
  /** The file may not end on a line boundary: the next append starts a line of its own. */
  let needsNewline = data.length > 0 && data.at(-1) !== NEWLINE[0];
  /** A failed append may have left bytes past `size`. */
  let dirty = false;

  async function syncDir(): Promise<void> {
    const folder = await fs.open(dir, 'r');
    try {
      await folder.sync();
    } catch (error) {
      if (process.platform !== 'win32') throw error;
    } finally {
      await folder.close();
    }
  }

  async function quarantine(): Promise<string | null> {
    const file = join(dir, QUARANTINE, `journal-${now()}.q1`);
    try {
      await fs.copyFile(path, file);
      return file;
    } catch {
      return null;
    }
  }

  const journal = {
    /** Lines in the file, read or written: how much a compaction would save. */
    lines: () => lines,

    /** Appends one record and fsyncs it; on failure the file is cut back to where it was and the error thrown as outbox.disk_full or outbox.write_failed. */
    async append(record: JournalRecord): Promise<void> {
      const line = encodeRecord(record, cipher);
      const bytes = needsNewline ? Buffer.concat([NEWLINE, line]) : line;
      try {
        await writeAll(handle, bytes, size);
        if (dirty) await handle.truncate(size + bytes.length);
        await handle.datasync();
      } catch (error) {
        dirty = true;
        await handle
          .truncate(size)
          .then(() => handle.datasync())
          .then(() => (dirty = false))
          .catch(() => undefined);
        throw writeFailure(error);
      }
      size += bytes.length;
      lines += 1;
      needsNewline = false;
    },

    /** Replaces the file with `records` alone, atomically: a temp file, fsynced, renamed over the journal, the folder fsynced. */
    async rewrite(kept: JournalRecord[]): Promise<void> {
      const data = Buffer.concat(kept.map((record) => encodeRecord(record, cipher)));
      const temp = join(dir, TEMP);
      try {
        const out = await fs.open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC, 0o600);
        try {
          await writeAll(out, data, 0);
          await out.sync();
        } finally {
          await out.close();
        }
        await fs.rename(temp, path);
        await syncDir();
      } catch (error) {
        await fs.rm(temp, { force: true }).catch(() => undefined);
        throw writeFailure(error);
      }
      await handle.close();
      handle = await fs.open(path, constants.O_RDWR, 0o600);
      size = data.length;
      lines = kept.length;
      needsNewline = false;
      dirty = false;
    },

    close: () => handle.close(),
  };

  let quarantined: Quarantined | null = null;
  if (defects.length > 0) {
    quarantined = { file: await quarantine(), lines: defects };
    // Best effort: when the disk is full the damaged lines stay in place and are skipped (and reported) on every open.
    await journal.rewrite(records).catch(() => undefined);
  }
  return { journal, records, quarantined };
}

export type Journal = Awaited<ReturnType<typeof openJournal>>['journal'];
