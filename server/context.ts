import type { DatabaseSync } from 'node:sqlite';
import type { ServerClock } from './config/clock.ts';
import type { Limits } from './config/limits.ts';
import type { Throttle } from './security/throttle.ts';
import type { SmsGateway } from './verification/sms-gateway.ts';

/** Per-client limits: captchas drawn, failed password logins (quota and identity together). */
export type Throttles = { captchas: Throttle; logins: Throttle };

/** What the account, session and identity routes share: the database, the clock, the limits, the throttles and the SMS gateway. */
export type ServerContext = {
  db: DatabaseSync;
  clock: ServerClock;
  limits: Limits;
  throttles: Throttles;
  sms: SmsGateway;
};
