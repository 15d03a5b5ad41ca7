import { describe, expect, it } from 'vitest';
import {
  allCommitted,
  allowedStep,
  applicationRequest,
  categoriesFor,
  checkField,
  checkForm,
  fieldViews,
  initialValues,
  isCompleteChoice,
  placeErrors,
  sentValues,
  stepAfter,
  stepAllowed,
  stepBefore,
  wizardSteps,
  type FormValues,
} from '../../../../renderer/features/applications/wizard.ts';
import { HAINAN, HANGZHOU, PASSPORT_PREFILL, RESIDENT_PREFILL } from './sample-catalogs.ts';

const TODAY = '2026-12-01';
const category = (catalog: typeof HAINAN, id: string) => catalog.categories.find((candidate) => candidate.id === id)!;
const HOME = category(HAINAN, 'nonlocal_home_contract');

/** A Hainan 网签备案 form filled in as a citizen would. */
const filled = (overrides: FormValues = {}): FormValues => ({
  ...initialValues(HOME),
  residenceArea: '460106',
  homeContractNumber: 'HK2026-00012345',
  licenceNumber: '440524188001010014',
  licenceFileNumber: '460100123456',
  ...overrides,
});

describe('wizard steps', () => {
  it('follow the catalog: Hainan without an SMS step, Hangzhou with one before 完成申请', () => {
    expect(wizardSteps(HAINAN)).toEqual(['instructions', 'form', 'review', 'done']);
    const hangzhou = wizardSteps(HANGZHOU);
    expect(hangzhou).toEqual(['instructions', 'form', 'review', 'sms_confirm', 'done']);
    expect(stepAfter(hangzhou, 'review')).toBe('sms_confirm');
    expect(stepAfter(wizardSteps(HAINAN), 'review')).toBe('done');
    expect(stepAfter(hangzhou, 'done')).toBeNull();
    expect(stepBefore(hangzhou, 'sms_confirm')).toBe('review');
    expect(stepBefore(hangzhou, 'instructions')).toBeNull();
  });
});

describe('choosing', () => {
  it('offers a person the personal categories of a kind and a unit the unit ones', () => {
    expect(categoriesFor(HAINAN, 'incremental', 'personal', 'regular_lottery')).toHaveLength(8);
    expect(categoriesFor(HAINAN, 'incremental', 'unit', null).map((c) => c.id)).toEqual(['unit_enterprise', 'unit_public']);
    expect(categoriesFor(HAINAN, 'renewal', 'personal', 'renewal').map((c) => c.id)).toEqual(['renewal_personal']);
  });

  it('is complete only with a type of the kind and a category of both for the account', () => {
    const choice = { indicatorKind: 'incremental', applicationType: 'new_energy_queue', category: 'talent' };
    expect(isCompleteChoice(HAINAN, choice, 'personal')).toBe(true);
    expect(isCompleteChoice(HAINAN, choice, 'unit')).toBe(false);
    expect(isCompleteChoice(HAINAN, { ...choice, applicationType: 'renewal' }, 'personal')).toBe(false);
  });
});

describe('the form', () => {
  it('starts with the catalog defaults: no car, licence on the resident ID, class C1', () => {
    expect(initialValues(HOME)).toEqual({ hasCar: 'no', licenceIdType: 'resident_id', licenceClasses: ['C1'] });
  });

  it('shows the account fields and the derived sex and birth date locked, and the plate only when there is a car', () => {
    const views = fieldViews(HOME, 'regular_lottery', initialValues(HOME), RESIDENT_PREFILL);
    const modes = Object.fromEntries(views.map((view) => [view.field.name, view.mode]));
    expect(modes).toMatchObject({ applicantName: 'account', idType: 'account', idNumber: 'account', sex: 'derived', birthDate: 'derived', landline: 'input' });
    expect(views.find((view) => view.field.name === 'idNumber')?.locked).toBe('4405**********0014');
    expect(views.find((view) => view.field.name === 'birthDate')?.locked).toBe('1880-01-01');
    expect(modes.carPlate).toBeUndefined();
    const withCar = fieldViews(HOME, 'regular_lottery', { ...initialValues(HOME), hasCar: 'yes' }, RESIDENT_PREFILL);
    expect(withCar.map((view) => view.field.name)).toContain('carPlate');
  });

  it('asks a passport holder for sex and birth date', () => {
    const views = fieldViews(HOME, 'regular_lottery', {}, PASSPORT_PREFILL);
    expect(views.filter((view) => view.field.derive).map((view) => view.mode)).toEqual(['input', 'input']);
  });

  it('shows Hangzhou’s 是否参加阶梯摇号 for the lottery only', () => {
    const local = category(HANGZHOU, 'local_resident');
    expect(fieldViews(local, 'regular_lottery', {}, RESIDENT_PREFILL).map((view) => view.field.name)).toContain('ladderOptIn');
  });

  it('sends what was entered and shows, never the account’s or derived values, hidden or empty fields', () => {
    const values = filled({ carPlate: '琼A12345', email: '', sex: 'female' });
    expect(sentValues(HOME, 'regular_lottery', values, RESIDENT_PREFILL)).toEqual({
      residenceArea: '460106',
      homeContractNumber: 'HK2026-00012345',
      hasCar: 'no',
      licenceIdType: 'resident_id',
      licenceNumber: '440524188001010014',
      licenceFileNumber: '460100123456',
      licenceClasses: ['C1'],
    });
  });

  it('checks with the shared rules: what is missing, a wrong licence file number, a bad plate', () => {
    expect(checkForm(HAINAN, HOME, 'regular_lottery', initialValues(HOME), RESIDENT_PREFILL, TODAY)).toEqual({
      residenceArea: 'required',
      homeContractNumber: 'required',
      licenceNumber: 'required',
      licenceFileNumber: 'required',
    });
    expect(checkForm(HAINAN, HOME, 'regular_lottery', filled(), RESIDENT_PREFILL, TODAY)).toEqual({});
    expect(checkForm(HAINAN, HOME, 'regular_lottery', filled({ licenceFileNumber: '46010012345' }), RESIDENT_PREFILL, TODAY)).toEqual({ licenceFileNumber: 'invalid_format' });
    expect(checkForm(HAINAN, HOME, 'regular_lottery', filled({ hasCar: 'yes', carPlate: '浙A12345' }), RESIDENT_PREFILL, TODAY)).toEqual({ carPlate: 'invalid_region' });
    expect(checkForm(HAINAN, HOME, 'regular_lottery', filled({ licenceClasses: ['D'] }), RESIDENT_PREFILL, TODAY)).toEqual({ licenceClasses: 'licence_class_not_allowed' });
  });

  it('checks a passport holder’s birth date, and a VIN on 更新指标', () => {
    expect(checkForm(HAINAN, HOME, 'regular_lottery', filled({ licenceIdType: 'passport', licenceNumber: 'E12345678', sex: 'female', birthDate: '2030-01-01' }), PASSPORT_PREFILL, TODAY)).toEqual({
      birthDate: 'date_in_future',
    });
    const renewal = category(HAINAN, 'renewal_personal');
    const errors = checkForm(HAINAN, renewal, 'renewal', { vin: '1HGCM82633A004353' }, RESIDENT_PREFILL, TODAY);
    expect(errors.vin).toBe('invalid_checksum');
  });

  it('checks one field when it is left, but says nothing of an empty one until the whole form is checked', () => {
    expect(checkField(HAINAN, HOME, 'regular_lottery', filled({ licenceFileNumber: '12' }), RESIDENT_PREFILL, TODAY, 'licenceFileNumber')).toBe('invalid_format');
    expect(checkField(HAINAN, HOME, 'regular_lottery', {}, RESIDENT_PREFILL, TODAY, 'licenceFileNumber')).toBeNull();
  });
});

describe('submitting', () => {
  it('sends the catalog version, the choice, the values, the category’s ticked commitments and the SMS code only when there is one', () => {
    const choice = { indicatorKind: 'incremental', applicationType: 'regular_lottery', category: 'nonlocal_home_contract' };
    const request = applicationRequest(HAINAN, choice, filled(), RESIDENT_PREFILL, ['truthful', 'no_unscrapped_vehicle', 'unit_truthful'], null);
    expect(request).toMatchObject({ catalogVersion: HAINAN.version, ...choice, commitments: ['no_unscrapped_vehicle', 'truthful'] });
    expect(request).not.toHaveProperty('smsCode');
    expect(applicationRequest(HAINAN, choice, filled(), RESIDENT_PREFILL, [], '123456').smsCode).toBe('123456');
  });

  it('needs every commitment ticked', () => {
    expect(allCommitted(HOME, ['truthful'])).toBe(false);
    expect(allCommitted(HOME, ['truthful', 'no_unscrapped_vehicle'])).toBe(true);
  });

  it('takes a refusal back to the first step that holds its errors', () => {
    expect(placeErrors(HOME, { licenceNumber: 'disagrees_with_id_number', commitments: 'required' })).toEqual({
      form: { licenceNumber: 'disagrees_with_id_number' },
      commitments: 'required',
      smsCode: null,
      step: 'form',
    });
    expect(placeErrors(HOME, { commitments: 'required' }).step).toBe('review');
    expect(placeErrors(HOME, { smsCode: 'sms_code_invalid' }).step).toBe('sms_confirm');
    expect(placeErrors(HOME, { category: 'not_an_option' }).step).toBeNull();
  });
});

describe('step gating', () => {
  const steps = wizardSteps(HANGZHOU);
  const none = { acknowledged: false, formChecked: false, committed: false, submitted: false };

  it('shows a step only when the ones before it are done', () => {
    expect(allowedStep(steps, 'form', none)).toBe('instructions');
    expect(allowedStep(steps, 'review', { ...none, acknowledged: true })).toBe('form');
    expect(allowedStep(steps, 'sms_confirm', { ...none, acknowledged: true, formChecked: true })).toBe('review');
    expect(allowedStep(steps, 'sms_confirm', { ...none, acknowledged: true, formChecked: true, committed: true })).toBe('sms_confirm');
    expect(allowedStep(steps, 'done', { ...none, acknowledged: true, formChecked: true, committed: true })).toBe('sms_confirm');
    expect(stepAllowed('instructions', none)).toBe(true);
  });

  it('shows nothing but 完成申请 once submitted', () => {
    const submitted = { acknowledged: true, formChecked: true, committed: true, submitted: true };
    expect(allowedStep(steps, 'form', submitted)).toBe('done');
    expect(stepAllowed('review', submitted)).toBe(false);
  });
});
