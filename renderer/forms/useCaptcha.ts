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
  let latest = 0;

  async function refresh(): Promise<void> {
    const request = ++latest;
    status.value = 'loading';
    const result = await kiosk().invoke('auth:captcha');
    if (request !== latest) return;
    if (result.ok) {
      captchaId.value = result.data.captchaId;
      image.value = result.data.image;
      status.value = 'ready';
    } else {
      captchaId.value = '';
      image.value = '';
      status.value = 'failed';
    }
  }

  return { captchaId, image, status, refresh };
}

export type Captcha = ReturnType<typeof useCaptcha>;
