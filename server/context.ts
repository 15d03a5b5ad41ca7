import type { DatabaseSync } from 'node:sqlite';
import type { Catalog } from '../shared/contract/catalog-schema.ts';
import type { ServerClock } from './config/clock.ts';
import type { Limits } from './config/limits.ts';
import type { Throttle } from './security/throttle.ts';
import type { SmsGateway } from './verification/sms-gateway.ts';

/** Per-client limits: captchas drawn, failed password logins (quota and identity together). */
export type Throttles = { captchas: Throttle; logins: Throttle };

/** What the routes share: the database, the clock, the limits, the throttles, the SMS gateway, the catalog served and the key submission grants are signed with. */
export type ServerContext = {
  db: DatabaseSync;
  catalog: Catalog;
  clock: ServerClock;
  limits: Limits;
  throttles: Throttles;
  sms: SmsGateway;
  grantSecret: Buffer;
};
