import { nextTick, reactive, ref } from 'vue';
import type { IpcError, IpcResult } from '../../shared/ipc/errors.ts';
import { centreInScrollArea } from './scroll-area.ts';
import { isFieldErrorCode, type FieldCheck, type FieldErrorCode, type FieldErrors, type FieldWarningCode } from '../../shared/validation/field-codes.ts';

/** Per-field checks run when the citizen leaves a field; they see the whole form (for confirmations). */
export type FieldChecks<F> = Partial<Record<keyof F & string, (values: F) => FieldCheck>>;

/** An error about the form as a whole (a locked account, the network), shown above the actions. */
export interface FormError {
  code: string;
  retryAfterSeconds?: number;
}

/** Brings the first refused field (or the form's error) into view, so a long form never hides why it was refused. */
async function revealFirstError(): Promise<void> {
  await nextTick();
  const target = document.querySelector<HTMLElement>('[aria-invalid="true"], [data-testid="form-error"]');
  if (target) centreInScrollArea(target);
}

/**
 * The state of one form: its values, one error code and one warning per
 * field, and a form-level error. Fields are checked when the citizen leaves
 * them (empty fields only on submit, so nobody is scolded for not having
 * typed yet) and all at once on submit; the server's field errors land on
 * the same fields.
 */
export function useFormState<F extends Record<string, string>>(initial: F, checks: FieldChecks<F>) {
  type Field = keyof F & string;
  const values = reactive({ ...initial }) as F;
  const errors = reactive<Partial<Record<Field, FieldErrorCode>>>({}) as Partial<Record<Field, FieldErrorCode>>;
  const warnings = reactive<Partial<Record<Field, FieldWarningCode>>>({}) as Partial<Record<Field, FieldWarningCode>>;
  const formError = ref<FormError | null>(null);
  const submitting = ref(false);

  function checkField(field: Field): boolean {
    const check = checks[field]?.(values);
    delete warnings[field];
    if (!check || check.ok) {
      delete errors[field];
      if (check?.warning) warnings[field] = check.warning;
      return true;
    }
    errors[field] = check.code;
    return false;
  }

  /** The citizen left `field`: check it unless it is still empty. */
  function leave(field: Field): void {
    if (values[field] === '' && errors[field] === undefined) return;
    checkField(field);
  }

  function clearError(field: Field): void {
    delete errors[field];
  }

  function setErrors(found: FieldErrors): void {
    for (const [field, code] of Object.entries(found)) if (code) errors[field as Field] = code;
  }

  /** Checks every field with a check plus the whole-form rule; true when all pass. */
  function checkAll(formCheck?: (values: F) => FieldErrors): boolean {
    formError.value = null;
    let ok = true;
    for (const field of Object.keys(checks) as Field[]) ok = checkField(field) && ok;
    if (formCheck) {
      const found = formCheck(values);
      setErrors(found);
      ok = ok && Object.keys(found).length === 0;
    }
    return ok;
  }

  /** Puts a refused request's errors where they belong: on its fields, else above the actions. */
  function applyError(error: IpcError): void {
    const known = Object.entries(error.fields ?? {}).filter(
      (entry): entry is [Field, FieldErrorCode] => entry[0] in values && isFieldErrorCode(entry[1]),
    );
    for (const [field, code] of known) errors[field] = code;
    formError.value =
      known.length > 0 ? null : { code: error.code, ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}) };
  }

  /**
   * Checks, then sends once (a second tap while sending does nothing).
   * Answers the data, or null when the form was refused here or by the server.
   */
  async function submit<T>(send: () => Promise<IpcResult<T>>, formCheck?: (values: F) => FieldErrors): Promise<T | null> {
    if (submitting.value) return null;
    if (!checkAll(formCheck)) {
      void revealFirstError();
      return null;
    }
    submitting.value = true;
    try {
      const result = await send();
      if (result.ok) return result.data;
      applyError(result.error);
      void revealFirstError();
      return null;
    } finally {
      submitting.value = false;
    }
  }

  /** Empties the form (a citizen's input never outlives the screen). */
  function reset(): void {
    Object.assign(values, initial);
    for (const field of Object.keys(errors)) delete errors[field as Field];
    for (const field of Object.keys(warnings)) delete warnings[field as Field];
    formError.value = null;
  }

  return { values, errors, warnings, formError, submitting, leave, checkField, clearError, setErrors, checkAll, applyError, submit, reset };
}

export type FormState<F extends Record<string, string>> = ReturnType<typeof useFormState<F>>;
