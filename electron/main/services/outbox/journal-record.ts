import { crc32 } from 'node:zlib';
import { z } from 'zod';
import type { OutboxCipher } from './cipher.ts';
import { entrySchema } from './entry.ts';

/**
 * One change to the outbox, as a journal line: `q1 <crc32 hex> <base64>\n`,
 * the base64 the cipher's sealing of the record's JSON and the CRC over the
 * base64 (safeStorage's Linux cipher, AES-CBC, has no integrity check of its
 * own, so a torn or flipped line is caught here, before decrypting). Nothing
 * but the version tag is readable without the key.
 */
export const journalRecordSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('put'), entry: entrySchema }),
  z.object({ op: z.literal('drop'), id: z.uuid() }),
]);
export type JournalRecord = z.infer<typeof journalRecordSchema>;

const TAG = 'q1';
const crcHex = (text: string) => crc32(text).toString(16).padStart(8, '0');

/** The line of `record`, newline included. */
export function encodeRecord(record: JournalRecord, cipher: OutboxCipher): Buffer {
  const sealed = cipher.encrypt(JSON.stringify(record)).toString('base64');
  return Buffer.from(`${TAG} ${crcHex(sealed)} ${sealed}\n`, 'utf8');
}

/** Why a line could not be read. */
export type RecordDefect = 'truncated' | 'checksum' | 'undecryptable' | 'malformed';

/** The record of one line (without its newline), or what is wrong with it. */
export function decodeRecord(line: string, cipher: OutboxCipher): { record: JournalRecord } | { defect: RecordDefect } {
  const [tag, crc, sealed, ...rest] = line.split(' ');
  if (tag !== TAG || crc === undefined || sealed === undefined || rest.length > 0) return { defect: 'malformed' };
  if (crcHex(sealed) !== crc) return { defect: 'checksum' };
  let json: string;
  try {
    json = cipher.decrypt(Buffer.from(sealed, 'base64'));
  } catch {
    return { defect: 'undecryptable' };
  }
  try {
    const parsed = journalRecordSchema.safeParse(JSON.parse(json));
    return parsed.success ? { record: parsed.data } : { defect: 'malformed' };
  } catch {
    return { defect: 'malformed' };
  }
}
