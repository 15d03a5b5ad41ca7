import { ref } from 'vue';
import { useRouter } from 'vue-router';
import type { Catalog } from '../../../shared/contract/catalog-schema.ts';
import type { FormError } from '../../forms/useFormState.ts';
import { kiosk } from '../../kiosk.ts';
import { useQueuedRequestsStore } from '../outbox/queued-store.ts';
import { useCatalogStore } from './catalog-store.ts';
import { useApplicationDraftStore } from './draft-store.ts';
import { applicationRequest, categoryOf, placeErrors } from './wizard.ts';

/**
 * 提交: sends the draft (main gives it its Idempotency-Key), then shows
 * 完成申请, with the application, or, when the central API could not be
 * reached, with the outbox entry it was saved as (待提交); a refusal goes back to where its errors belong (a form field,
 * the commitments, the SMS code) or stays above the actions. A changed
 * catalog is read again, so the form the citizen corrects is the current one.
 */
export function useSubmission(catalog: () => Catalog) {
  const draft = useApplicationDraftStore();
  const queued = useQueuedRequestsStore();
  const catalogs = useCatalogStore();
  const router = useRouter();
  const sending = ref(false);
  const formError = ref<FormError | null>(null);
  /** The SMS code's error, for the 短信确认 step. */
  const smsError = ref<string | null>(null);

  async function submit(smsCode: string | null): Promise<void> {
    if (sending.value || !draft.choice || !draft.prefill || !draft.draftId) return;
    sending.value = true;
    formError.value = null;
    smsError.value = null;
    const draftId = draft.draftId;
    try {
      const application = applicationRequest(catalog(), draft.choice, draft.values, draft.prefill, draft.commitments, smsCode);
      const result = await kiosk().invoke('applications:submit', { draftId, application });
      // The citizen left the wizard while it was sent (the draft is gone or another): nothing to show here.
      // What was saved for later still belongs on this session's banner.
      if (draft.draftId !== draftId || !draft.choice) {
        if (result.ok && result.data.outcome === 'queued') queued.add(result.data.queued);
        return;
      }
      if (result.ok) {
        if (result.data.outcome === 'sent') draft.submitted = result.data.result;
        else {
          draft.queued = result.data.queued;
          queued.add(result.data.queued);
        }
        draft.reached = 'done';
        await router.push({ name: 'apply', params: { step: 'done' } });
        return;
      }
      const { code, fields } = result.error;
      if (code === 'catalog_version_mismatch') void catalogs.load();
      const placed = placeErrors(categoryOf(catalog(), draft.choice.category)!, fields ?? {});
      if (placed.step === null) {
        formError.value = { code, ...(result.error.retryAfterSeconds !== undefined ? { retryAfterSeconds: result.error.retryAfterSeconds } : {}) };
        return;
      }
      draft.errors = { ...draft.errors, ...placed.form };
      if (Object.keys(placed.form).length > 0) draft.formChecked = false;
      draft.commitmentsError = placed.commitments;
      smsError.value = placed.smsCode;
      if (placed.step !== router.currentRoute.value.params.step) await router.push({ name: 'apply', params: { step: placed.step } });
    } finally {
      sending.value = false;
    }
  }

  return { submit, sending, formError, smsError };
}
