import { ref } from 'vue';
import type { Application } from '../../../shared/contract/applications.ts';
import type { FormError } from '../../forms/useFormState.ts';
import { kiosk } from '../../kiosk.ts';

/**
 * 取消申请: asks first (ConfirmDialog), then asks the central API; a
 * refusal (a pool-freeze or draw day, a review with a result) is kept as
 * an error code for the screen to translate.
 */
export function useCancellation(onCancelled: (application: Application) => void) {
  /** The application the citizen is asked about; null while nobody is asked. */
  const asking = ref<string | null>(null);
  const busy = ref(false);
  const error = ref<FormError | null>(null);

  function ask(code: string): void {
    error.value = null;
    asking.value = code;
  }

  function keep(): void {
    asking.value = null;
  }

  async function confirm(): Promise<void> {
    const code = asking.value;
    if (!code || busy.value) return;
    busy.value = true;
    try {
      const result = await kiosk().invoke('applications:cancel', { code });
      if (result.ok) onCancelled(result.data);
      else error.value = { code: result.error.code };
    } finally {
      busy.value = false;
      asking.value = null;
    }
  }

  return { asking, busy, error, ask, keep, confirm };
}
