import { ref, watch } from 'vue';
import { checkCaptchaAnswer } from '../../shared/validation/codes.ts';
import type { SmsPurpose } from '../../shared/validation/kinds.ts';
import { checkMobile } from '../../shared/validation/phone.ts';
import { kiosk } from '../kiosk.ts';
import type { Captcha } from './useCaptcha.ts';
import { useCountdown } from './useCountdown.ts';
import type { FormState } from './useFormState.ts';

type SmsFields = Record<string, string> & {
  phone: string;
  captchaAnswer: string;
  smsCode: string;
};

/**
 * The 获取短信验证码 button of a form: checks the phone and the picture code
 * at their fields, asks the central API to send a code, then counts down
 * until another may be asked for. The wait is per phone, as the central
 * API's resend rule is: a corrected number may ask at once, and going back
 * to the first one shows what is left of its wait. The picture code is used
 * up by the attempt either way, so a fresh one is shown afterwards.
 */
export function useSmsRequest<F extends SmsFields>(form: FormState<F>, captcha: Captcha, purpose: SmsPurpose) {
  const countdown = useCountdown();
  const sending = ref(false);
  /** The number the last code went to, for the "sent to" line. */
  const sentTo = ref('');
  /** When each phone may ask again (Date.now() ms). */
  const resendAt = new Map<string, number>();

  function wait(phone: string, seconds: number): void {
    resendAt.set(phone, Date.now() + seconds * 1000);
    if (phone === form.values.phone) countdown.start(seconds);
  }

  // The countdown shown is the typed phone's own.
  watch(
    () => form.values.phone,
    (phone) => {
      const left = Math.ceil(((resendAt.get(phone) ?? 0) - Date.now()) / 1000);
      if (left > 0) countdown.start(left);
      else countdown.finish();
    },
  );

  // A code the server no longer takes (expired, or voided by wrong tries): a new one may be asked for at once.
  watch(
    () => form.errors.smsCode,
    (code) => {
      if (code !== 'sms_code_expired' && code !== 'sms_code_exhausted') return;
      resendAt.delete(sentTo.value);
      countdown.finish();
    },
  );

  async function send(): Promise<void> {
    if (sending.value || countdown.secondsLeft.value > 0) return;
    const phoneTyped = form.values.phone;
    const phone = checkMobile(phoneTyped);
    const answer = checkCaptchaAnswer(form.values.captchaAnswer);
    if (phone.ok) form.clearError('phone');
    else form.setErrors({ phone: phone.code });
    if (answer.ok) form.clearError('captchaAnswer');
    else form.setErrors({ captchaAnswer: answer.code });
    if (!phone.ok || !answer.ok) return;
    sending.value = true;
    try {
      const result = await kiosk().invoke('auth:request-sms', {
        purpose,
        phone: phoneTyped,
        captchaId: captcha.captchaId.value,
        captchaAnswer: form.values.captchaAnswer,
      });
      form.values.captchaAnswer = '' as F['captchaAnswer'];
      void captcha.refresh();
      if (result.ok) {
        sentTo.value = phoneTyped;
        form.clearError('smsCode');
        wait(phoneTyped, result.data.resendAfterSeconds);
      } else if (result.error.code === 'sms_resend_too_soon' && result.error.retryAfterSeconds !== undefined) {
        wait(phoneTyped, result.error.retryAfterSeconds);
      } else {
        form.applyError(result.error);
      }
    } finally {
      sending.value = false;
    }
  }

  return { send, sending, sentTo, secondsLeft: countdown.secondsLeft };
}
