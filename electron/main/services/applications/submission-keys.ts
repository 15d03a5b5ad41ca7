import { uuidv7 } from '../outbox/uuid-v7.ts';

/** Drafts remembered per session; a citizen fills a handful at most. */
const MAX_DRAFTS = 20;

/**
 * One Idempotency-Key per application draft: the first submission of a
 * draft gets a new key, every later one of the same draft (a retry after a
 * timeout, a resend after correcting a refused field) the same key, so the
 * central API creates the application at most once. A cancellation
 * (`cancel:<code>`) and the ladder enrolment (`ladder`) get theirs the same
 * way. The key is made before it is known whether the request will be sent
 * or queued, and the outbox keeps it as the entry's id. Keys belong to the
 * session epoch they were made in and are forgotten with it.
 */
export function createSubmissionKeys(newKey: () => string = () => uuidv7()) {
  let epoch: number | null = null;
  const keys = new Map<string, string>();

  return {
    keyFor(request: string, requestEpoch: number): string {
      if (epoch !== requestEpoch) {
        keys.clear();
        epoch = requestEpoch;
      }
      let key = keys.get(request);
      if (key === undefined) {
        if (keys.size >= MAX_DRAFTS) keys.delete(keys.keys().next().value!);
        key = newKey();
        keys.set(request, key);
      }
      return key;
    },
  };
}

export type SubmissionKeys = ReturnType<typeof createSubmissionKeys>;
