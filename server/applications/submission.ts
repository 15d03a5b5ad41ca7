import { isActive } from '../../shared/applications/state-machine.ts';
import { APPLICATION_STATUSES } from '../../shared/applications/statuses.ts';
import { checkApplicationValues, type Applicant } from '../../shared/catalog/check-values.ts';
import { periodOpenOn } from '../../shared/catalog/periods.ts';
import type { ApplicationRequest } from '../../shared/contract/applications.ts';
import type { ApplicantCategory, ApplicationType, Catalog } from '../../shared/contract/catalog-schema.ts';
import { checkSmsCode as checkSmsCodeFormat } from '../../shared/validation/codes.ts';
import type { FieldErrorCode } from '../../shared/validation/field-codes.ts';
import type { AccountRecord } from '../accounts/account-store.ts';
import { maskIdNumber, maskPhone } from '../accounts/masking.ts';
import { catalogToday } from '../catalog/served-catalog.ts';
import { isoTime } from '../config/clock.ts';
import type { ServerContext } from '../context.ts';
import { refusal, success, type Failure, type Outcome } from '../http/failure.ts';
import { enrolInLadder } from '../ladder/ladder-store.ts';
import { ensureAllocations } from '../periods/allocation-store.ts';
import { checkSmsCode, consumeSmsCode } from '../verification/sms-codes.ts';
import { findApplication, findApplicationOfKind, insertApplication, nextApplicationCode } from './application-store.ts';
import { applicationView } from './application-view.ts';
import type { StoredAnswer } from './idempotency.ts';

/** The applicant as the form engine sees them: the account's data (identifiers masked, as shown) and the full ID number for the rules. */
export function applicantOf(account: AccountRecord): Applicant {
  return {
    account: {
      name: account.name,
      idType: account.idType,
      idNumber: maskIdNumber(account.idNumber),
      phone: maskPhone(account.phone),
      creditCode: account.creditCode,
      contactName: account.contactName,
    },
    idType: account.idType,
    idNumber: account.idNumber,
  };
}

const validationFailure = (fields: Record<string, string>): Failure => ({
  status: 400,
  code: 'validation_failed',
  message: 'the application did not pass validation',
  fields,
});

type Choice = { type: ApplicationType; category: ApplicantCategory; kindDigit: number };

/** The application type and category the body names, offered to this account's type; or which of them is not. */
function choiceOf(catalog: Catalog, account: AccountRecord, body: ApplicationRequest): Choice | { refused: Record<string, FieldErrorCode> } {
  const kindIndex = catalog.indicatorKinds.findIndex((kind) => kind.id === body.indicatorKind);
  const type = catalog.indicatorKinds[kindIndex]?.applicationTypes.find((candidate) => candidate.id === body.applicationType);
  const category = catalog.categories.find(
    (candidate) =>
      candidate.id === body.category &&
      candidate.indicatorKind === body.indicatorKind &&
      candidate.applicantType === account.userType &&
      candidate.applicationTypes.includes(body.applicationType),
  );
  if (kindIndex < 0) return { refused: { indicatorKind: 'not_an_option' } };
  if (!type) return { refused: { applicationType: 'not_an_option' } };
  if (!category) return { refused: { category: 'not_an_option' } };
  return { type, category, kindDigit: kindIndex + 1 };
}

/** The commitments' code: `required` when one of the category's is not ticked, `not_an_option` for one it has not. */
function commitmentsError(category: ApplicantCategory, ticked: readonly string[]): FieldErrorCode | null {
  if (ticked.some((id) => !category.commitments.includes(id))) return 'not_an_option';
  return category.commitments.every((id) => ticked.includes(id)) ? null : 'required';
}

/**
 * The checks and the write of a new application, run inside the
 * idempotency store's transaction: the catalog version (409), the kind,
 * type and category, every field by the shared rules, the commitments and
 * the SMS code's shape (400 per field), one active application per kind
 * (409), an open period (409), the SMS code itself (a wrong one counts a
 * try, which commits); then the application, its code used up, the ladder
 * enrolment it asks for and the period's seed commitment.
 */
export function createApplication(context: ServerContext, account: AccountRecord, body: ApplicationRequest): Outcome<StoredAnswer> {
  const { catalog, db } = context;
  if (body.catalogVersion !== catalog.version) {
    return refusal({ status: 409, code: 'catalog_version_mismatch', message: `the catalog is now ${catalog.version}` });
  }
  const choice = choiceOf(catalog, account, body);
  if ('refused' in choice) return refusal(validationFailure(choice.refused));
  const now = context.clock.now();
  const today = catalogToday(catalog, now);
  const form = checkApplicationValues(catalog, choice.category, body.applicationType, body.values, applicantOf(account), today);
  const errors: Record<string, string> = { ...form.errors };
  const commitments = commitmentsError(choice.category, body.commitments);
  if (commitments) errors.commitments = commitments;
  const needsSms = catalog.wizard.steps.some((step) => step.id === 'sms_confirm');
  const sms = needsSms ? checkSmsCodeFormat(body.smsCode ?? '') : null;
  if (sms && !sms.ok) errors.smsCode = sms.code;
  if (Object.keys(errors).length > 0) return refusal(validationFailure(errors));

  const active = APPLICATION_STATUSES.filter(isActive);
  if (findApplicationOfKind(db, account.id, body.indicatorKind, active)) {
    return refusal({ status: 409, code: 'application_exists', message: 'an application of this kind is already active' });
  }
  const period = periodOpenOn(catalog.periods, today);
  if (!period) return refusal({ status: 409, code: 'no_open_period', message: 'no period takes applications today' });
  const target = { phone: account.phone, purpose: 'application_confirm' as const };
  if (needsSms) {
    const wrong = checkSmsCode(context, target, body.smsCode ?? '');
    if (wrong) return refusal(wrong);
    consumeSmsCode(context, target);
  }

  const code = nextApplicationCode(db, period.id, choice.kindDigit);
  insertApplication(db, {
    code,
    accountId: account.id,
    catalogVersion: catalog.version,
    indicatorKind: body.indicatorKind,
    applicationType: body.applicationType,
    allocation: choice.type.allocation,
    category: choice.category.id,
    applicantType: account.userType,
    applicantName: account.name,
    idType: account.idType,
    idNumber: account.idNumber,
    values: form.values,
    commitments: [...choice.category.commitments],
    status: 'new',
    periodId: period.id,
    reviewResultOn: period.reviewResultOn,
    submittedAt: isoTime(now),
    queuedAt: null,
  });
  const ladder = catalog.ladder;
  if (ladder && account.userType === 'personal' && form.values[ladder.optInField] === 'yes') enrolInLadder(context, account.id);
  ensureAllocations(context, period);
  return success({ status: 201, body: applicationView(context, findApplication(db, code)!) });
}
