import type { OutboxEntry, Receipt } from './entry.ts';

/** What delivery learnt of one attempt. */
export type Settlement =
  | { type: 'delivered'; receipt: Receipt }
  | { type: 'rejected'; code: string }
  | { type: 'retry'; code: string; nextAttemptAt: number };

/** `entry` after an attempt settled at `at`: a delivered one keeps its receipt and loses its body and grant. */
export function settledEntry(entry: OutboxEntry, settlement: Settlement, at: number): OutboxEntry {
  const attempted = { ...entry, attempts: entry.attempts + 1 };
  switch (settlement.type) {
    case 'delivered':
      return { ...attempted, state: 'delivered', body: null, grant: null, lastError: null, settledAt: at, receipt: settlement.receipt };
    case 'rejected':
      return { ...attempted, state: 'rejected', lastError: settlement.code, settledAt: at };
    case 'retry':
      return { ...attempted, lastError: settlement.code, nextAttemptAt: settlement.nextAttemptAt };
  }
}
