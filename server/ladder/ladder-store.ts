import type { DatabaseSync } from 'node:sqlite';
import { drawsToNextStep, ladderSteps, lotteryCodes } from '../../shared/catalog/ladder.ts';
import type { LadderRule } from '../../shared/contract/catalog-schema.ts';
import type { Ladder } from '../../shared/contract/ladder.ts';
import type { AccountRecord } from '../accounts/account-store.ts';
import { catalogToday } from '../catalog/served-catalog.ts';
import { isoTime } from '../config/clock.ts';
import type { ServerContext } from '../context.ts';
import { ApiFailure } from '../http/failure.ts';

/** Enrols the account in the ladder lottery; enrolling again changes nothing. */
export function enrolInLadder(context: ServerContext, accountId: string): void {
  context.db
    .prepare('INSERT INTO ladder_enrolments (account_id, enrolled_at) VALUES (?, ?) ON CONFLICT (account_id) DO NOTHING')
    .run(accountId, isoTime(context.clock.now()));
}

function isEnrolled(db: DatabaseSync, accountId: string): boolean {
  return db.prepare('SELECT 1 FROM ladder_enrolments WHERE account_id = ?').get(accountId) !== undefined;
}

/**
 * The periods whose draws of the ladder's types the account took part in
 * and that count: drawn already, and after its last win of any draw or
 * queue when the rule resets on a win. In period order.
 */
export function countedPeriods(db: DatabaseSync, rule: LadderRule, accountId: string): string[] {
  const types = rule.applicationTypes.map(() => '?').join(', ');
  const lastWin = rule.resetOnWin
    ? String(db.prepare("SELECT coalesce(max(period_id), '') AS period FROM allocation_entries WHERE account_id = ? AND result = 'won'").get(accountId)?.period)
    : '';
  return db
    .prepare(
      `SELECT period_id FROM allocation_entries WHERE account_id = ? AND application_type IN (${types})
         AND codes IS NOT NULL AND result IN ('won', 'not_won') AND period_id > ? ORDER BY period_id`,
    )
    .all(accountId, ...rule.applicationTypes, lastWin)
    .map((row) => String(row.period_id));
}

/** The lottery codes an account holds in a draw of `applicationType`: 1, plus its ladder steps when enrolled (persons only). */
export function lotteryCodesOf(context: ServerContext, accountId: string, applicationType: string): number {
  const rule = context.catalog.ladder;
  if (!rule || !rule.applicationTypes.includes(applicationType) || !isEnrolled(context.db, accountId)) return lotteryCodes(0);
  const personal = context.db.prepare("SELECT 1 FROM accounts WHERE id = ? AND user_type = 'personal'").get(accountId);
  return personal ? lotteryCodes(ladderSteps(rule, countedPeriods(context.db, rule, accountId).length)) : lotteryCodes(0);
}

/** The catalog's ladder rule, for a person's account; 404 ladder_not_offered otherwise. */
export function ladderRuleFor(context: ServerContext, account: AccountRecord): LadderRule {
  const rule = context.catalog.ladder;
  if (!rule || account.userType !== 'personal') {
    throw new ApiFailure({ status: 404, code: 'ladder_not_offered', message: 'no ladder lottery for this catalog or account' });
  }
  return rule;
}

/** The account's ladder as of today: enrolment, the counted draws by year, the steps and codes the rule gives. */
export function ladderView(context: ServerContext, account: AccountRecord): Ladder {
  const rule = ladderRuleFor(context, account);
  const periods = countedPeriods(context.db, rule, account.id);
  const enrolled = isEnrolled(context.db, account.id);
  const steps = enrolled ? ladderSteps(rule, periods.length) : 0;
  const years = [...new Set(periods.map((period) => period.slice(0, 4)))];
  return {
    enrolled,
    asOf: catalogToday(context.catalog, context.clock.now()),
    drawCount: periods.length,
    steps,
    codes: lotteryCodes(steps),
    drawsToNextStep: drawsToNextStep(rule, periods.length),
    drawsPerStep: rule.drawsPerStep,
    maxSteps: rule.maxSteps,
    periodsByYear: years.map((year) => ({ year, periods: periods.filter((period) => period.startsWith(year)) })),
  };
}
