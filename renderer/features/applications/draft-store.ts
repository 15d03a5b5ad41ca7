import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { WizardStepId } from '../../../shared/catalog/kinds.ts';
import type { Application, ApplicationPrefill } from '../../../shared/contract/applications.ts';
import type { QueuedRequest } from '../../../shared/outbox/queued.ts';
import type { FormValues, WizardChoice } from './wizard.ts';

/**
 * The application being filled in, kept while the citizen goes between the
 * wizard's steps (and back to any field from 信息确认) and through a change
 * of language: what was chosen, the 已阅读 tick, the form's values and
 * errors, the commitments ticked, the account data the form shows, and the
 * application once submitted (or, with the central API out of reach, the
 * outbox entry it was saved as). Wiped when the wizard is left, with the
 * session, and by every reset. `draftId` names the draft to main, which
 * sends it under one Idempotency-Key however often it is sent.
 */
export const useApplicationDraftStore = defineStore('applicationDraft', () => {
  const draftId = ref<string | null>(null);
  const choice = ref<WizardChoice | null>(null);
  const acknowledged = ref(false);
  const values = ref<FormValues>({});
  /** Field name -> error code (the form's own checks and the central API's). */
  const errors = ref<Record<string, string>>({});
  const commitments = ref<string[]>([]);
  const commitmentsError = ref<string | null>(null);
  /** The form has passed its check since it was last changed: 信息确认 may show. */
  const formChecked = ref(false);
  /** The field 修改 on 信息确认 leads back to. */
  const editing = ref<string | null>(null);
  /** The furthest step reached. */
  const reached = ref<WizardStepId>('instructions');
  const prefill = shallowRef<ApplicationPrefill | null>(null);
  const submitted = shallowRef<Application | null>(null);
  const queued = shallowRef<QueuedRequest | null>(null);

  /** A fresh draft for `next`, starting with `initial` values. */
  function begin(next: WizardChoice, initial: FormValues): void {
    reset();
    draftId.value = crypto.randomUUID();
    choice.value = next;
    values.value = initial;
  }

  function reset(): void {
    draftId.value = null;
    choice.value = null;
    acknowledged.value = false;
    values.value = {};
    errors.value = {};
    commitments.value = [];
    commitmentsError.value = null;
    formChecked.value = false;
    editing.value = null;
    reached.value = 'instructions';
    prefill.value = null;
    submitted.value = null;
    queued.value = null;
  }

  return { draftId, choice, acknowledged, values, errors, commitments, commitmentsError, formChecked, editing, reached, prefill, submitted, queued, begin, reset };
});
