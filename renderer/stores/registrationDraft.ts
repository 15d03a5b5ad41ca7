import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { UserType } from '../../shared/validation/kinds.ts';
import type { PersonalForm, UnitForm } from '../forms/registration-forms.ts';

/**
 * A registration under way, kept while the citizen goes between its steps
 * (back from the form to re-read the rules, and on again): the 我已阅读 tick,
 * the user type and what each form holds. Wiped when the registration is
 * left for any other screen (registered, or walked away from), when the
 * session ends, and by every reset.
 */
export const useRegistrationDraftStore = defineStore('registrationDraft', () => {
  const read = ref(false);
  const userType = ref<UserType | null>('personal');
  const personal = ref<PersonalForm | null>(null);
  const unit = ref<UnitForm | null>(null);

  function reset(): void {
    read.value = false;
    userType.value = 'personal';
    personal.value = null;
    unit.value = null;
  }

  return { read, userType, personal, unit, reset };
});
