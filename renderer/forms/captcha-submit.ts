import type { IpcError, IpcResult } from '../../shared/ipc/errors.ts';
import type { Captcha } from './useCaptcha.ts';
import type { FormState } from './useFormState.ts';

/**
 * True when the central API had checked, and so used up, the picture code
 * before refusing: it checks the code right after the fields, so anything
 * but a field refusal (or a request the kiosk itself refused) used it.
 */
export function usedUpCaptcha(error: IpcError): boolean {
  return error.code !== 'validation_failed' && !error.code.startsWith('ipc.');
}

/**
 * `send` for a form whose request carries its picture code: when a refusal
 * used the code up, only the typed answer is cleared and a new picture
 * shown; everything else the citizen typed (passwords too) stays.
 */
export function sendWithCaptcha<F extends Record<string, string> & { captchaAnswer: string }, T>(
  form: FormState<F>,
  captcha: Captcha,
  send: () => Promise<IpcResult<T>>,
): () => Promise<IpcResult<T>> {
  return async () => {
    const result = await send();
    if (!result.ok && usedUpCaptcha(result.error)) {
      form.values.captchaAnswer = '' as F['captchaAnswer'];
      void captcha.refresh();
    }
    return result;
  };
}
