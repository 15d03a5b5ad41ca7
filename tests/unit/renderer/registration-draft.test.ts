import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { EMPTY_PERSONAL_FORM, EMPTY_UNIT_FORM } from '../../../renderer/forms/registration-forms.ts';
import { useRegistrationDraftStore } from '../../../renderer/stores/registrationDraft.ts';

describe('registration draft store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('starts empty and forgets the tick, the user type and both forms on reset()', () => {
    const draft = useRegistrationDraftStore();
    expect(draft.$state).toEqual({ read: false, userType: 'personal', personal: null, unit: null });
    draft.read = true;
    draft.userType = 'unit';
    draft.personal = { ...EMPTY_PERSONAL_FORM, name: '张三', password: 'Secret2026' };
    draft.unit = { ...EMPTY_UNIT_FORM, unitName: '椰风贸易' };
    draft.reset();
    expect(draft.$state).toEqual({ read: false, userType: 'personal', personal: null, unit: null });
  });
});
