import type { DatabaseSync } from 'node:sqlite';
import type { ServerClock } from './config/clock.ts';
import type { Limits } from './config/limits.ts';
import type { SmsGateway } from './verification/sms-gateway.ts';

/** What the account, session and identity routes share: the database, the clock, the limits and the SMS gateway. */
export type ServerContext = {
  db: DatabaseSync;
  clock: ServerClock;
  limits: Limits;
  sms: SmsGateway;
};
