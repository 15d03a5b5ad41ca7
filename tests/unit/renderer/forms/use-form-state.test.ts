// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { useFormState } from '../../../../renderer/forms/useFormState.ts';
import type { FieldChecks } from '../../../../renderer/forms/useFormState.ts';
import { fail, pass } from '../../../../shared/validation/field-codes.ts';
import type { FieldErrors } from '../../../../shared/validation/field-codes.ts';
import { checkUscc, normaliseCreditCode, usccCheckChar } from '../../../../shared/validation/uscc.ts';
import type { IpcResult } from '../../../../shared/ipc/errors.ts';

/** The early pilot code whose check character is wrong but which is valid: accepted with a warning. */
const PILOT_CODE = '91350100M0001TGQXM';
/** The same code with the check character that GB 32100 asks for. */
const CHECKED_CODE = `${PILOT_CODE.slice(0, 17)}${usccCheckChar(PILOT_CODE.slice(0, 17))}`;

interface UnitForm extends Record<string, string> {
  unitName: string;
  creditCode: string;
  password: string;
  confirm: string;
}

const EMPTY: UnitForm = { unitName: '', creditCode: '', password: '', confirm: '' };

function makeForm() {
  const unitName = vi.fn((values: UnitForm) => (values.unitName === '' ? fail('required') : pass()));
  const checks: FieldChecks<UnitForm> = {
    unitName,
    creditCode: (values) => checkUscc(normaliseCreditCode(values.creditCode)),
    password: (values) => (values.password.length < 8 ? fail('too_short') : pass()),
  };
  return { form: useFormState<UnitForm>({ ...EMPTY }, checks), unitName };
}

const mismatch = (values: UnitForm): FieldErrors => (values.password === values.confirm ? {} : { confirm: 'mismatch' });

function fillValid(form: ReturnType<typeof makeForm>['form']): void {
  Object.assign(form.values, { unitName: '海口示例有限公司', creditCode: CHECKED_CODE, password: 'Abcdef12', confirm: 'Abcdef12' });
}

/** A send whose answer the test hands over when it likes. */
function deferredSend<T>() {
  let answer: (result: IpcResult<T>) => void = () => {};
  const send = vi.fn(() => new Promise<IpcResult<T>>((resolve) => (answer = resolve)));
  return { send, answer: (result: IpcResult<T>) => answer(result) };
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('useFormState leave()', () => {
  it('does not check a field the citizen left empty and untouched', () => {
    const { form, unitName } = makeForm();
    form.leave('unitName');
    form.leave('creditCode');
    expect(unitName).not.toHaveBeenCalled();
    expect(form.errors).toEqual({});
  });

  it('checks a filled field, and clears its error once it is right', () => {
    const { form } = makeForm();
    form.values.password = 'short';
    form.leave('password');
    expect(form.errors.password).toBe('too_short');
    form.values.password = 'Abcdef12';
    form.leave('password');
    expect(form.errors.password).toBeUndefined();
  });

  it('re-checks a field emptied after it was refused (so the old error does not stay)', () => {
    const { form } = makeForm();
    form.values.creditCode = '91350100M0001TGQX';
    form.leave('creditCode');
    expect(form.errors.creditCode).toBe('invalid_format');
    form.values.creditCode = '';
    form.leave('creditCode');
    expect(form.errors.creditCode).toBe('required');
  });

  it('accepts a field without a check', () => {
    const { form } = makeForm();
    form.values.confirm = 'anything';
    form.leave('confirm');
    expect(form.errors).toEqual({});
  });
});

describe('useFormState warnings', () => {
  it('accepts the pilot credit code with a warning, and drops the warning when the code changes', () => {
    const { form } = makeForm();
    form.values.creditCode = PILOT_CODE;
    form.leave('creditCode');
    expect(form.errors.creditCode).toBeUndefined();
    expect(form.warnings.creditCode).toBe('uscc_checksum_unverified');

    form.values.creditCode = CHECKED_CODE;
    form.leave('creditCode');
    expect(form.warnings.creditCode).toBeUndefined();
    expect(form.errors.creditCode).toBeUndefined();
  });

  it('drops the warning when the field turns into an error', () => {
    const { form } = makeForm();
    form.values.creditCode = PILOT_CODE;
    form.leave('creditCode');
    form.values.creditCode = 'IOSVZ';
    form.leave('creditCode');
    expect(form.errors.creditCode).toBe('invalid_characters');
    expect(form.warnings.creditCode).toBeUndefined();
  });

  it('does not refuse the form for a warning', () => {
    const { form } = makeForm();
    fillValid(form);
    form.values.creditCode = PILOT_CODE;
    expect(form.checkAll(mismatch)).toBe(true);
    expect(form.warnings.creditCode).toBe('uscc_checksum_unverified');
  });
});

describe('useFormState checkAll()', () => {
  it('checks every field, empty ones included, plus the whole-form rule', () => {
    const { form } = makeForm();
    form.values.password = 'Abcdef12';
    form.values.confirm = 'Abcdef13';
    expect(form.checkAll(mismatch)).toBe(false);
    expect(form.errors).toEqual({ unitName: 'required', creditCode: 'required', confirm: 'mismatch' });
  });

  it('is refused by the whole-form rule alone', () => {
    const { form } = makeForm();
    fillValid(form);
    form.values.confirm = 'Abcdef13';
    expect(form.checkAll(mismatch)).toBe(false);
    expect(form.errors).toEqual({ confirm: 'mismatch' });
  });

  it('passes a right form and clears the errors and the form error of before', () => {
    const { form } = makeForm();
    form.checkAll(mismatch);
    form.formError.value = { code: 'api.unreachable' };
    fillValid(form);
    expect(form.checkAll(mismatch)).toBe(true);
    expect(form.errors).toEqual({});
    expect(form.formError.value).toBeNull();
  });

  it('works without a whole-form rule', () => {
    const { form } = makeForm();
    fillValid(form);
    form.values.confirm = 'different';
    expect(form.checkAll()).toBe(true);
  });
});

describe('useFormState submit()', () => {
  it('refuses locally without calling send', async () => {
    const { form } = makeForm();
    const send = vi.fn(async (): Promise<IpcResult<string>> => ({ ok: true, data: 'sent' }));
    expect(await form.submit(send, mismatch)).toBeNull();
    expect(send).not.toHaveBeenCalled();
    expect(form.errors.unitName).toBe('required');
    expect(form.submitting.value).toBe(false);
  });

  it('refuses locally on the whole-form rule without calling send', async () => {
    const { form } = makeForm();
    fillValid(form);
    form.values.confirm = 'Abcdef13';
    const send = vi.fn(async (): Promise<IpcResult<string>> => ({ ok: true, data: 'sent' }));
    expect(await form.submit(send, mismatch)).toBeNull();
    expect(send).not.toHaveBeenCalled();
  });

  it('answers the data of an accepted request', async () => {
    const { form } = makeForm();
    fillValid(form);
    const send = vi.fn(async (): Promise<IpcResult<{ id: string }>> => ({ ok: true, data: { id: 'a1' } }));
    expect(await form.submit(send, mismatch)).toEqual({ id: 'a1' });
    expect(send).toHaveBeenCalledTimes(1);
    expect(form.formError.value).toBeNull();
  });

  it('sends once when tapped twice while sending', async () => {
    const { form } = makeForm();
    fillValid(form);
    const { send, answer } = deferredSend<string>();
    const first = form.submit(send, mismatch);
    expect(form.submitting.value).toBe(true);
    const second = form.submit(send, mismatch);
    expect(await second).toBeNull();
    answer({ ok: true, data: 'done' });
    expect(await first).toBe('done');
    expect(send).toHaveBeenCalledTimes(1);
    expect(form.submitting.value).toBe(false);
  });

  it('may be sent again after a refusal from the server', async () => {
    const { form } = makeForm();
    fillValid(form);
    const send = vi.fn(async (): Promise<IpcResult<string>> => ({ ok: false, error: { code: 'api.unreachable', message: 'x' } }));
    await form.submit(send, mismatch);
    expect(form.submitting.value).toBe(false);
    await form.submit(send, mismatch);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('is no longer submitting when send throws', async () => {
    const { form } = makeForm();
    fillValid(form);
    await expect(form.submit(() => Promise.reject(new Error('boom')), mismatch)).rejects.toThrow('boom');
    expect(form.submitting.value).toBe(false);
  });

  it('puts the server field errors on known fields and ignores unknown fields and codes', async () => {
    const { form } = makeForm();
    fillValid(form);
    const result = await form.submit(
      async (): Promise<IpcResult<never>> => ({
        ok: false,
        error: {
          code: 'validation_failed',
          message: 'x',
          fields: { creditCode: 'credit_code_taken', unitName: 'code_from_a_newer_server', phone: 'phone_taken' },
        },
      }),
      mismatch,
    );
    expect(result).toBeNull();
    expect(form.errors).toEqual({ creditCode: 'credit_code_taken' });
    expect(form.formError.value).toBeNull();
  });

  it('puts an error with no known field above the actions, with its wait', async () => {
    const { form } = makeForm();
    fillValid(form);
    await form.submit(
      async (): Promise<IpcResult<never>> => ({
        ok: false,
        error: { code: 'account_locked', message: 'x', retryAfterSeconds: 900 },
      }),
      mismatch,
    );
    expect(form.errors).toEqual({});
    expect(form.formError.value).toStrictEqual({ code: 'account_locked', retryAfterSeconds: 900 });
  });

  it('puts an error whose fields are all unknown above the actions, without a wait it does not have', async () => {
    const { form } = makeForm();
    fillValid(form);
    await form.submit(
      async (): Promise<IpcResult<never>> => ({
        ok: false,
        error: { code: 'validation_failed', message: 'x', fields: { unitName: 'code_from_a_newer_server' } },
      }),
      mismatch,
    );
    expect(form.errors).toEqual({});
    expect(form.formError.value).toStrictEqual({ code: 'validation_failed' });
  });

  it('scrolls its own content area (never the whole window) so the first refused field is in the middle', async () => {
    document.body.innerHTML =
      '<main data-keyboard-scroll><input id="name" aria-invalid="false"><input id="code" aria-invalid="true"><div data-testid="form-error"></div></main>';
    const main = document.querySelector('main')!;
    const box = (top: number, height: number) => ({ top, height, bottom: top + height, left: 0, right: 100, width: 100, x: 0, y: top, toJSON() {} });
    vi.spyOn(main, 'getBoundingClientRect').mockReturnValue(box(100, 600) as DOMRect);
    vi.spyOn(document.getElementById('code')!, 'getBoundingClientRect').mockReturnValue(box(900, 80) as DOMRect);
    const windowScroll = vi.spyOn(HTMLElement.prototype, 'scrollIntoView');
    main.scrollTop = 0;
    const { form } = makeForm();
    await form.submit(vi.fn(), mismatch);
    await nextTick();
    // The field's middle (940) moves to the area's middle (400).
    expect(main.scrollTop).toBe(540);
    expect(windowScroll).not.toHaveBeenCalled();
  });
});

describe('useFormState reset()', () => {
  it('empties values, errors, warnings and the form error', async () => {
    const { form } = makeForm();
    fillValid(form);
    form.values.creditCode = PILOT_CODE;
    form.values.confirm = 'other';
    form.checkAll(mismatch);
    form.formError.value = { code: 'account_locked', retryAfterSeconds: 60 };
    expect(form.warnings.creditCode).toBeDefined();
    expect(form.errors.confirm).toBeDefined();

    form.reset();
    expect({ ...form.values }).toEqual(EMPTY);
    expect(form.errors).toEqual({});
    expect(form.warnings).toEqual({});
    expect(form.formError.value).toBeNull();
  });

  it('starts from the initial values again each time', () => {
    const initial: UnitForm = { ...EMPTY, unitName: '预填' };
    const form = useFormState<UnitForm>(initial, {});
    form.values.unitName = 'changed';
    form.reset();
    expect(form.values.unitName).toBe('预填');
    expect(initial.unitName).toBe('预填');
  });
});
