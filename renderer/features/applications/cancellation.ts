import { ref } from 'vue';
import type { Application } from '../../../shared/contract/applications.ts';
import type { FormError } from '../../forms/useFormState.ts';
import { kiosk } from '../../kiosk.ts';
import { useQueuedRequestsStore } from '../outbox/queued-store.ts';

/**
 * 取消申请: asks first (ConfirmDialog), then asks the central API; a
 * refusal (a pool-freeze or draw day, a review with a result) is kept as
 * an error code for the screen to translate. With the central API out of
 * reach the cancellation is saved in the outbox, and the citizen frame's
 * banner says so.
 */
export function useCancellation(onCancelled: (application: Application) => void) {
  /** The application the citizen is asked about; null while nobody is asked. */
  const asking = ref<string | null>(null);
  const busy = ref(false);
  const error = ref<FormError | null>(null);
  const queued = useQueuedRequestsStore();

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
      if (!result.ok) error.value = { code: result.error.code };
      else if (result.data.outcome === 'sent') onCancelled(result.data.result);
      else queued.add(result.data.queued);
    } finally {
      busy.value = false;
      asking.value = null;
    }
  }

  return { asking, busy, error, ask, keep, confirm };
}
