import { describe, expect, it } from 'vitest';
import {
  checkChangeName,
  checkChangePassword,
  checkChangePhone,
  checkIdentityLogin,
  checkPasswordLogin,
  checkPasswordReset,
  checkPersonalRegistration,
  checkSmsRequest,
  checkUnitRegistration,
  type PersonalRegistrationInput,
  type UnitRegistrationInput,
} from '../../../../shared/validation/forms.ts';
import { IDENTITY_KINDS, SMS_PURPOSES, USER_TYPES } from '../../../../shared/validation/kinds.ts';

const personal: PersonalRegistrationInput = {
  name: '张三',
  idType: 'resident_id',
  idNumber: '11010519491231002X',
  phone: '13812345678',
  smsCode: '123456',
  password: 'Abcdefg1',
  captchaId: 'c1',
  captchaAnswer: 'AB12',
};

const unit: UnitRegistrationInput = {
  unitName: '海南某某汽车销售有限公司',
  creditCode: '91110000600037341L',
  contactName: '李四',
  contactIdType: 'resident_id',
  contactIdNumber: '440524188001010014',
  phone: '13912345678',
  smsCode: '654321',
  password: 'Abcdefg1',
  captchaId: 'c2',
  captchaAnswer: 'CD34',
};

describe('kinds', () => {
  it('lists the closed sets', () => {
    expect(USER_TYPES).toEqual(['personal', 'unit']);
    expect(SMS_PURPOSES).toEqual(['register', 'reset_password', 'change_phone', 'identity_login', 'application_confirm']);
    expect(IDENTITY_KINDS).toEqual(['personal', 'legal']);
  });
});

describe('checkPersonalRegistration', () => {
  it('returns no errors for a good form', () => {
    expect(checkPersonalRegistration(personal)).toStrictEqual({});
  });

  it('gives one code per refused field', () => {
    expect(
      checkPersonalRegistration({
        name: '',
        idType: 'resident_id',
        idNumber: '110105194912310021',
        phone: '1381234567',
        smsCode: '',
        password: 'abcdefgh',
        captchaId: '',
        captchaAnswer: '',
      }),
    ).toStrictEqual({
      name: 'required',
      idNumber: 'invalid_checksum',
      phone: 'invalid_format',
      smsCode: 'required',
      password: 'password_too_weak',
      captchaId: 'required',
      captchaAnswer: 'required',
    });
  });

  it('checks the number for the chosen document type', () => {
    expect(checkPersonalRegistration({ ...personal, idType: 'residence_permit' })).toStrictEqual({ idNumber: 'invalid_region' });
    expect(checkPersonalRegistration({ ...personal, idType: 'taiwan_permit', idNumber: '12345678' })).toStrictEqual({});
  });

  it('allows a Latin name only with a document that allows it', () => {
    expect(checkPersonalRegistration({ ...personal, name: 'John Smith' })).toStrictEqual({ name: 'invalid_characters' });
    expect(checkPersonalRegistration({ ...personal, name: 'John Smith', idType: 'passport', idNumber: 'P1234567' })).toStrictEqual({});
  });
});

describe('checkUnitRegistration', () => {
  it('returns no errors for a good form, even when the credit code only earns a warning', () => {
    expect(checkUnitRegistration(unit)).toStrictEqual({});
    expect(checkUnitRegistration({ ...unit, creditCode: '91350100M0001TGQXM' })).toStrictEqual({});
  });

  it('gives one code per refused field', () => {
    expect(
      checkUnitRegistration({
        unitName: '某',
        creditCode: '91350100M0001TGQX',
        contactName: 'Li Si',
        contactIdType: 'hk_macao_permit',
        contactIdNumber: 'H1234',
        phone: '',
        smsCode: '12345',
        password: 'Abcdefg1 ',
        captchaId: 'c3',
        captchaAnswer: 'AB',
      }),
    ).toStrictEqual({
      unitName: 'too_short',
      creditCode: 'invalid_format',
      contactIdNumber: 'invalid_format',
      phone: 'required',
      smsCode: 'invalid_format',
      password: 'invalid_characters',
      captchaAnswer: 'invalid_format',
    });
    expect(checkUnitRegistration({ ...unit, contactName: 'Li Si' })).toStrictEqual({ contactName: 'invalid_characters' });
  });
});

describe('checkPasswordLogin', () => {
  const login = { userType: 'personal' as const, phone: '13812345678', password: 'x', captchaId: 'c1', captchaAnswer: 'ab12' };

  it('only requires the password (no strength rule at login)', () => {
    expect(checkPasswordLogin(login)).toStrictEqual({});
    expect(checkPasswordLogin({ ...login, password: '' })).toStrictEqual({ password: 'required' });
  });

  it('checks the phone and the captcha', () => {
    expect(checkPasswordLogin({ ...login, userType: 'unit', phone: '23812345678', captchaId: '', captchaAnswer: 'abc' })).toStrictEqual({
      phone: 'invalid_format',
      captchaId: 'required',
      captchaAnswer: 'invalid_format',
    });
  });
});

describe('checkSmsRequest', () => {
  it('checks the phone and the captcha', () => {
    const request = { purpose: 'register' as const, phone: '13812345678', captchaId: 'c1', captchaAnswer: 'AB12' };
    expect(checkSmsRequest(request)).toStrictEqual({});
    expect(checkSmsRequest({ ...request, phone: '', captchaAnswer: '' })).toStrictEqual({ phone: 'required', captchaAnswer: 'required' });
  });
});

describe('checkIdentityLogin', () => {
  const captcha = { captchaId: 'c1', captchaAnswer: 'AB12' };

  it('takes a user name or any document number for a person, and needs the picture code', () => {
    for (const loginName of ['11010519491231002X', 'E12345678', 'H12345678', '12345678', 'chen_xm2026']) {
      expect(checkIdentityLogin({ kind: 'personal', method: 'password', loginName, password: 'x', ...captcha }), loginName).toStrictEqual({});
    }
    expect(
      checkIdentityLogin({ kind: 'personal', method: 'password', loginName: '110105194912310021', password: '', captchaId: '', captchaAnswer: 'AB1' }),
    ).toStrictEqual({
      loginName: 'invalid_checksum',
      password: 'required',
      captchaId: 'required',
      captchaAnswer: 'invalid_format',
    });
  });

  it('accepts a legal person credit code that only earns a warning', () => {
    expect(checkIdentityLogin({ kind: 'legal', method: 'password', creditCode: '91350100M0001TGQXM', password: 'x', ...captcha })).toStrictEqual({});
    expect(checkIdentityLogin({ kind: 'legal', method: 'password', creditCode: '91350100M0001TGQXI', password: 'x', ...captcha })).toStrictEqual({
      creditCode: 'invalid_characters',
    });
  });

  it('checks phone and SMS code for either kind', () => {
    for (const kind of IDENTITY_KINDS) {
      expect(checkIdentityLogin({ kind, method: 'sms', phone: '13812345678', smsCode: '123456' })).toStrictEqual({});
      expect(checkIdentityLogin({ kind, method: 'sms', phone: '138', smsCode: '' })).toStrictEqual({ phone: 'invalid_format', smsCode: 'required' });
    }
  });
});

describe('checkPasswordReset', () => {
  const reset = { phone: '13812345678', smsCode: '123456', newPassword: 'Abcdefg1', captchaId: 'c1', captchaAnswer: 'AB12' };

  it('applies the strength rule to the new password', () => {
    expect(checkPasswordReset(reset)).toStrictEqual({});
    expect(checkPasswordReset({ ...reset, newPassword: 'Abc1' })).toStrictEqual({ newPassword: 'too_short' });
  });

  it('needs the picture code again at submission', () => {
    expect(checkPasswordReset({ ...reset, captchaId: '', captchaAnswer: '' })).toStrictEqual({ captchaId: 'required', captchaAnswer: 'required' });
  });
});

describe('checkChangeName', () => {
  it("allows Latin letters by the account's document type; a unit contact (null) writes Han only", () => {
    expect(checkChangeName({ name: '王五' }, null)).toStrictEqual({});
    expect(checkChangeName({ name: 'Wang Wu' }, 'passport')).toStrictEqual({});
    expect(checkChangeName({ name: 'Wang Wu' }, 'resident_id')).toStrictEqual({ name: 'invalid_characters' });
    expect(checkChangeName({ name: 'Wang Wu' }, null)).toStrictEqual({ name: 'invalid_characters' });
  });
});

describe('checkChangePassword', () => {
  it('only requires the old password and checks the new one', () => {
    expect(checkChangePassword({ oldPassword: 'old', newPassword: 'Abcdefg1' })).toStrictEqual({});
    expect(checkChangePassword({ oldPassword: '', newPassword: 'abcdefg1' })).toStrictEqual({ oldPassword: 'required', newPassword: 'password_too_weak' });
  });

  it('refuses a new password equal to the old one, after the strength rule', () => {
    expect(checkChangePassword({ oldPassword: 'Abcdefg1', newPassword: 'Abcdefg1' })).toStrictEqual({ newPassword: 'same_as_old' });
    expect(checkChangePassword({ oldPassword: 'abc', newPassword: 'abc' })).toStrictEqual({ newPassword: 'too_short' });
  });
});

describe('checkChangePhone', () => {
  it('checks the current password is there, the new phone and its SMS code', () => {
    expect(checkChangePhone({ password: 'Hainan2026', phone: '13812345678', smsCode: '123456' })).toStrictEqual({});
    expect(checkChangePhone({ password: '', phone: '13812345678x', smsCode: '1234567' })).toStrictEqual({
      password: 'required',
      phone: 'invalid_format',
      smsCode: 'invalid_format',
    });
  });
});
