// Captcha creation (draw, sweep the expired, store) with 50 000 live captchas
// in the table against an empty table, in the same run: with the index on
// captchas.expires_at the sweep does not grow with the table, so the ratio
// stays near 1.
import type { BenchCase } from './run.ts';
import { loadCatalog } from '../../server/catalog/served-catalog.ts';
import { createServerClock } from '../../server/config/clock.ts';
import { resolveLimits } from '../../server/config/limits.ts';
import type { ServerContext } from '../../server/context.ts';
import { openDatabase } from '../../server/db/database.ts';
import { createThrottle } from '../../server/security/throttle.ts';
import { issueCaptcha } from '../../server/verification/captchas.ts';
import { undeliveredSmsGateway } from '../../server/verification/sms-gateway.ts';

const LIVE_CAPTCHAS = 50_000;

function context(): ServerContext {
  const clock = createServerClock();
  const unlimited = createThrottle(clock, { max: Number.MAX_SAFE_INTEGER, windowSeconds: 1 });
  return {
    db: openDatabase(':memory:'),
    catalog: loadCatalog(),
    clock,
    limits: resolveLimits(),
    throttles: { captchas: unlimited, logins: unlimited },
    sms: undeliveredSmsGateway,
    grantSecret: Buffer.alloc(32),
  };
}

const empty = context();
const full = context();
const insert = full.db.prepare('INSERT INTO captchas (id, answer, expires_at) VALUES (?, ?, ?)');
const liveUntil = Date.now() + 3_600_000;
full.db.exec('BEGIN');
for (let i = 0; i < LIVE_CAPTCHAS; i++) insert.run(`live-${i}`, 'ABCD', liveUntil);
full.db.exec('COMMIT');

export const cases: BenchCase = {
  name: 'POST captcha: issueCaptcha',
  baseline: ['empty captchas table', () => issueCaptcha(empty, 'bench')],
  candidates: [[`${LIVE_CAPTCHAS} live captchas`, () => issueCaptcha(full, 'bench')]],
};
