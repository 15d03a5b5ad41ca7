import { onBeforeRouteLeave } from 'vue-router';
import type { IdType } from '../../shared/validation/id-number.ts';
import { useRegistrationDraftStore } from '../stores/registrationDraft.ts';

/** The registration's forms, empty, and how a step keeps its part of the draft (stores/registrationDraft.ts). */

/** The personal registration form, empty. */
export const EMPTY_PERSONAL_FORM = {
  name: '',
  idType: 'resident_id' as IdType,
  idNumber: '',
  phone: '',
  captchaAnswer: '',
  smsCode: '',
  password: '',
  confirmPassword: '',
};
export type PersonalForm = typeof EMPTY_PERSONAL_FORM;

/** The unit registration form, empty. */
export const EMPTY_UNIT_FORM = {
  unitName: '',
  creditCode: '',
  contactName: '',
  contactIdType: 'resident_id' as IdType,
  contactIdNumber: '',
  phone: '',
  captchaAnswer: '',
  smsCode: '',
  password: '',
  confirmPassword: '',
};
export type UnitForm = typeof EMPTY_UNIT_FORM;

const REGISTRATION_STEPS: readonly (string | symbol)[] = ['register', 'register-personal', 'register-unit'];

/**
 * For a step of the registration: on the way to another step, `save` puts
 * what this step holds into the draft; on the way anywhere else the draft
 * is wiped (a citizen's input never outlives the registration).
 */
export function keepRegistrationDraft(save: () => void): void {
  const draft = useRegistrationDraftStore();
  onBeforeRouteLeave((to) => {
    if (to.name !== undefined && to.name !== null && REGISTRATION_STEPS.includes(to.name)) save();
    else draft.reset();
  });
}
