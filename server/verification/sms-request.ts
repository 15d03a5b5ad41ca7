import type { SmsSent } from '../../shared/contract/verification.ts';
import { checkSmsRequest, type SmsRequestInput } from '../../shared/validation/forms.ts';
import { findAccountByPhone } from '../accounts/account-store.ts';
import { takenFailure } from '../accounts/uniqueness.ts';
import { isoTime } from '../config/clock.ts';
import type { ServerContext } from '../context.ts';
import { ApiFailure, assertNoFieldErrors, fieldFailure } from '../http/failure.ts';
import { identityPhoneExists } from '../identity/platform-store.ts';
import { authenticate } from '../sessions/authenticate.ts';
import { useCaptcha } from './captchas.ts';
import { issueSmsCode, withdrawSmsCode } from './sms-codes.ts';
import { smsText } from './sms-text.ts';

/**
 * The purpose's own rules; true when a code is to be delivered. register:
 * the phone must be free (409 phone_taken). change_phone: a session is
 * needed (401), the phone must differ from its account's (same_phone) and
 * be free. application_confirm: a session is needed (401) and the phone
 * must be its account's (not_account_phone). reset_password and
 * identity_login: a code is stored either way
 * but delivered only when an account (or identity) holds the phone, so the
 * answer does not tell which phones are registered.
 */
function purposeAllowsDelivery(context: ServerContext, input: SmsRequestInput, authorization: string | undefined): boolean {
  const phoneTaken = () => takenFailure(context.db, { phone: { field: 'phone', value: input.phone } });
  switch (input.purpose) {
    case 'register': {
      const taken = phoneTaken();
      if (taken) throw new ApiFailure(taken);
      return true;
    }
    case 'change_phone': {
      const { account } = authenticate(context, authorization);
      if (account.phone === input.phone) {
        throw new ApiFailure(fieldFailure(400, 'same_phone', 'phone', 'this is already the account phone'));
      }
      const taken = phoneTaken();
      if (taken) throw new ApiFailure(taken);
      return true;
    }
    case 'application_confirm': {
      const { account } = authenticate(context, authorization);
      if (account.phone !== input.phone) {
        throw new ApiFailure(fieldFailure(400, 'not_account_phone', 'phone', 'application codes go to the account phone only'));
      }
      return true;
    }
    case 'reset_password':
      return findAccountByPhone(context.db, input.phone) !== undefined;
    case 'identity_login':
      return identityPhoneExists(context.db, input.phone);
  }
}

/**
 * Sends an SMS code: field rules, the captcha (used up either way), the
 * purpose's rules, the resend interval (429), then a fresh 6-digit code
 * replacing any earlier one for the same phone and purpose.
 */
export async function requestSmsCode(
  context: ServerContext,
  input: SmsRequestInput,
  authorization: string | undefined,
): Promise<SmsSent> {
  assertNoFieldErrors(checkSmsRequest(input));
  useCaptcha(context, input.captchaId, input.captchaAnswer);
  const deliver = purposeAllowsDelivery(context, input, authorization);
  const target = { phone: input.phone, purpose: input.purpose };
  const { code, expiresAt } = issueSmsCode(context, target);
  if (deliver) {
    const text = smsText(input.purpose, code, Math.round(context.limits.smsTtlSeconds / 60), context.catalog.region.name['zh-CN']);
    try {
      await context.sms.send({ ...target, code, text });
    } catch (error) {
      withdrawSmsCode(context, target);
      throw error;
    }
  }
  return { resendAfterSeconds: context.limits.smsResendSeconds, expiresAt: isoTime(expiresAt) };
}
