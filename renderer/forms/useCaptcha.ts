import { ref } from 'vue';
import { kiosk } from '../kiosk.ts';

/**
 * A picture captcha from the central API. Each one is single use: after any
 * request that used it (right or wrong) the form asks for a fresh one.
 */
export function useCaptcha() {
  const captchaId = ref('');
  const image = ref('');
  const status = ref<'loading' | 'ready' | 'failed'>('loading');
  /** When the central API refused a new one as too many (429): the seconds to wait; else null. */
  const waitSeconds = ref<number | null>(null);
  let latest = 0;

  async function refresh(): Promise<void> {
    const request = ++latest;
    status.value = 'loading';
    const result = await kiosk().invoke('auth:captcha');
    if (request !== latest) return;
    if (result.ok) {
      captchaId.value = result.data.captchaId;
      image.value = result.data.image;
      waitSeconds.value = null;
      status.value = 'ready';
    } else {
      captchaId.value = '';
      image.value = '';
      waitSeconds.value = result.error.code === 'too_many_requests' ? (result.error.retryAfterSeconds ?? 0) : null;
      status.value = 'failed';
    }
  }

  return { captchaId, image, status, waitSeconds, refresh };
}

export type Captcha = ReturnType<typeof useCaptcha>;
