import { randomBytes } from 'node:crypto';

/**
 * A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, the version,
 * then random bits with the variant. Keys made later sort later, which an
 * outbox replaying them in order can rely on (crypto.randomUUID is v4).
 */
export function uuidv7(now: number = Date.now(), random: Uint8Array = randomBytes(10)): string {
  const bytes = new Uint8Array(16);
  let ms = BigInt(now);
  for (let index = 5; index >= 0; index -= 1) {
    bytes[index] = Number(ms & 0xffn);
    ms >>= 8n;
  }
  bytes.set(random.subarray(0, 10), 6);
  bytes[6] = 0x70 | (bytes[6]! & 0x0f);
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = Buffer.from(bytes).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Drafts remembered per session; a citizen fills a handful at most. */
const MAX_DRAFTS = 20;

/**
 * One Idempotency-Key per application draft: the first submission of a
 * draft gets a new key, every later one of the same draft (a retry after a
 * timeout, a resend after correcting a refused field) the same key, so the
 * central API creates the application at most once. Keys belong to the
 * session epoch they were made in and are forgotten with it.
 */
export function createSubmissionKeys(newKey: () => string = () => uuidv7()) {
  let epoch: number | null = null;
  const keys = new Map<string, string>();

  return {
    keyFor(draftId: string, requestEpoch: number): string {
      if (epoch !== requestEpoch) {
        keys.clear();
        epoch = requestEpoch;
      }
      let key = keys.get(draftId);
      if (key === undefined) {
        if (keys.size >= MAX_DRAFTS) keys.delete(keys.keys().next().value!);
        key = newKey();
        keys.set(draftId, key);
      }
      return key;
    },
  };
}

export type SubmissionKeys = ReturnType<typeof createSubmissionKeys>;
