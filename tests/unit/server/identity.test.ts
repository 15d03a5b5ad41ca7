import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { devIdentityAccountCreatedSchema } from '../../../shared/contract/dev.ts';
import { sessionSchema } from '../../../shared/contract/sessions.ts';
import { API_PATHS, DEV_API_PATHS } from '../../../shared/contract/paths.ts';
import { OTHER_PASSWORD, PASSWORD, accountApi, countRows, creditCode, devServer, errorOf, residentId, type Api } from './support/account-api.ts';

const PERSON_ID = residentId('46010019800101001');
const REPRESENTATIVE_ID = residentId('46010019700101002');
const CREDIT_CODE = creditCode('91460000MA5T12345');
const PERSON_PHONE = '13300000001';
const LEGAL_PHONE = '13300000002';

const personalIdentity = { kind: 'personal', name: '陈小明', idNumber: PERSON_ID, phone: PERSON_PHONE, password: PASSWORD };
const legalIdentity = {
  kind: 'legal',
  unitName: '海南南海航运有限公司',
  creditCode: CREDIT_CODE,
  representativeName: '林大海',
  representativeIdNumber: REPRESENTATIVE_ID,
  phone: LEGAL_PHONE,
  password: PASSWORD,
};

describe('identity platform login', () => {
  let app: FastifyInstance;
  let api: Api;
  beforeEach(async () => {
    app = await devServer();
    api = accountApi(app);
    for (const body of [personalIdentity, legalIdentity]) {
      const response = await api.post(DEV_API_PATHS.identityAccounts, body);
      expect(response.statusCode, response.body).toBe(201);
      expect(devIdentityAccountCreatedSchema.parse(response.json()).kind).toBe(body.kind);
    }
  });
  afterEach(async () => app.close());

  const identityLogin = async (body: { method: string } & Record<string, string>) => {
    const response = await api.identityLogin(body);
    expect(response.statusCode, response.body).toBe(201);
    return sessionSchema.parse(response.json());
  };

  it('logs a person in by ID number and password, creating the linked personal account once', async () => {
    const first = await identityLogin({ kind: 'personal', method: 'password', loginName: PERSON_ID.toLowerCase(), password: PASSWORD });
    expect(first.account).toMatchObject({
      userType: 'personal',
      name: '陈小明',
      idType: 'resident_id',
      idNumberMasked: `460***********${PERSON_ID.slice(-4)}`,
      phoneMasked: '133****0001',
    });
    const second = await identityLogin({ kind: 'personal', method: 'password', loginName: PERSON_ID, password: PASSWORD });
    expect(second.account.id).toBe(first.account.id);
    expect(second.token).not.toBe(first.token);
    expect(countRows(app, 'accounts')).toBe(1);
    expect((await api.get(API_PATHS.myAccount, second.token)).json()).toEqual(first.account);
  });

  it('logs a person in by user name (any case) or by the number of any document type', async () => {
    const passport = { kind: 'personal', name: 'Anna Muller', idType: 'passport', idNumber: 'X1234567', username: 'Anna_M', phone: '13300000021', password: PASSWORD };
    const created = await api.post(DEV_API_PATHS.identityAccounts, passport);
    expect(created.statusCode, created.body).toBe(201);
    const byName = await identityLogin({ kind: 'personal', method: 'password', loginName: 'anna_m', password: PASSWORD });
    expect(byName.account).toMatchObject({ userType: 'personal', name: 'Anna Muller', idType: 'passport', idNumberMasked: 'X1****67' });
    const byNumber = await identityLogin({ kind: 'personal', method: 'password', loginName: 'x1234567', password: PASSWORD });
    expect(byNumber.account.id).toBe(byName.account.id);
    expect(countRows(app, 'accounts')).toBe(1);
    // Wrong passwords count per identity, whichever of its names is typed.
    for (const loginName of ['anna_m', 'X1234567', 'ANNA_M', 'x1234567']) {
      expect((await api.identityLogin({ kind: 'personal', method: 'password', loginName, password: OTHER_PASSWORD })).statusCode).toBe(401);
    }
    expect((await api.identityLogin({ kind: 'personal', method: 'password', loginName: 'Anna_M', password: OTHER_PASSWORD })).statusCode).toBe(423);
  });

  it('logs a legal person in by credit code and password, as a unit account with the representative as contact', async () => {
    const session = await identityLogin({ kind: 'legal', method: 'password', creditCode: CREDIT_CODE, password: PASSWORD });
    expect(session.account).toMatchObject({
      userType: 'unit',
      name: '海南南海航运有限公司',
      creditCode: CREDIT_CODE,
      contactName: '林大海',
      idType: 'resident_id',
      phoneMasked: '133****0002',
    });
    const again = await identityLogin({ kind: 'legal', method: 'password', creditCode: CREDIT_CODE, password: PASSWORD });
    expect(again.account.id).toBe(session.account.id);
  });

  it('logs in by phone and identity_login SMS code, the kind choosing the identity', async () => {
    const sharedPhone = '13300000003';
    await api.post(DEV_API_PATHS.identityAccounts, { ...personalIdentity, idNumber: residentId('46010019800101011'), phone: sharedPhone });
    await api.post(DEV_API_PATHS.identityAccounts, { ...legalIdentity, creditCode: creditCode('91460000MA5T54321'), phone: sharedPhone });

    const personalCode = await api.smsCode('identity_login', sharedPhone);
    const personal = await identityLogin({ kind: 'personal', method: 'sms', phone: sharedPhone, smsCode: personalCode });
    expect(personal.account.userType).toBe('personal');

    await api.advance(60);
    const legalCode = await api.smsCode('identity_login', LEGAL_PHONE);
    const legal = await identityLogin({ kind: 'legal', method: 'sms', phone: LEGAL_PHONE, smsCode: legalCode });
    expect(legal.account).toMatchObject({ userType: 'unit', creditCode: CREDIT_CODE });
    const byPassword = await identityLogin({ kind: 'legal', method: 'password', creditCode: CREDIT_CODE, password: PASSWORD });
    expect(byPassword.account.id).toBe(legal.account.id);
    const reused = await api.identityLogin({ kind: 'legal', method: 'sms', phone: LEGAL_PHONE, smsCode: legalCode });
    expect(errorOf(reused).code).toBe('sms_code_expired');
  });

  it('refuses an SMS login for a kind the phone has no identity of, keeping the code', async () => {
    const code = await api.smsCode('identity_login', PERSON_PHONE);
    const wrongKind = await api.identityLogin({ kind: 'legal', method: 'sms', phone: PERSON_PHONE, smsCode: code });
    expect(wrongKind.statusCode).toBe(401);
    expect(errorOf(wrongKind).code).toBe('invalid_credentials');
    await identityLogin({ kind: 'personal', method: 'sms', phone: PERSON_PHONE, smsCode: code });
  });

  it('links to a personal account already registered with the same resident ID number', async () => {
    const registered = await api.registerPersonal({ phone: '13300000009', idNumber: PERSON_ID, name: '陈小明' });
    const session = await identityLogin({ kind: 'personal', method: 'password', loginName: PERSON_ID, password: PASSWORD });
    expect(session.account.id).toBe(registered.account.id);
    expect(session.account.phoneMasked).toBe('133****0009');
  });

  it('refuses to create the linked account when its phone belongs to another account (409 phone_taken)', async () => {
    await api.registerPersonal({ phone: PERSON_PHONE, idNumber: residentId('46010019900101099') });
    const byPassword = await api.identityLogin({ kind: 'personal', method: 'password', loginName: PERSON_ID, password: PASSWORD });
    expect(byPassword.statusCode).toBe(409);
    expect(errorOf(byPassword).code).toBe('phone_taken');
    const code = await api.smsCode('identity_login', PERSON_PHONE);
    const bySms = await api.identityLogin({ kind: 'personal', method: 'sms', phone: PERSON_PHONE, smsCode: code });
    expect(errorOf(bySms)).toMatchObject({ code: 'phone_taken', fields: { phone: 'phone_taken' } });
    expect(countRows(app, 'accounts')).toBe(1);
  });

  it('answers wrong passwords and unknown identities with 401, and locks after 5 wrong passwords', async () => {
    const wrong = { kind: 'personal', method: 'password', loginName: PERSON_ID, password: OTHER_PASSWORD };
    const unknown = await api.identityLogin({ ...wrong, loginName: residentId('46010019800101077') });
    expect(errorOf(unknown).code).toBe('invalid_credentials');
    for (let attempt = 1; attempt <= 4; attempt++) expect((await api.identityLogin(wrong)).statusCode).toBe(401);
    const locked = await api.identityLogin(wrong);
    expect(locked.statusCode).toBe(423);
    expect(errorOf(locked)).toMatchObject({ code: 'account_locked', retryAfterSeconds: 900 });
    const right = await api.identityLogin({ ...wrong, password: PASSWORD });
    expect(right.statusCode).toBe(423);
    await api.advance(900);
    await identityLogin({ ...wrong, password: PASSWORD });
  });

  it('counts wrong passwords for an unknown ID number too, answering exactly as for a known one', async () => {
    const answers = async (loginName: string) => {
      const statuses = [];
      for (let attempt = 1; attempt <= 6; attempt++) {
        const response = await api.identityLogin({ kind: 'personal', method: 'password', loginName, password: OTHER_PASSWORD });
        statuses.push([response.statusCode, response.body]);
      }
      return statuses;
    };
    const known = await answers(PERSON_ID);
    expect(known.map(([status]) => status)).toEqual([401, 401, 401, 401, 423, 423]);
    expect(await answers(residentId('46010019800101077'))).toEqual(known);
  });

  it('needs a right picture code with the password, used up either way, before the password is looked at', async () => {
    const login = { kind: 'personal', method: 'password', loginName: PERSON_ID, password: PASSWORD };
    const missing = await api.post(API_PATHS.identitySessions, login);
    expect(errorOf(missing).fields).toEqual({ captchaId: 'required', captchaAnswer: 'required' });
    const { captchaId, captchaAnswer } = await api.solvedCaptcha();
    const wrong = await api.post(API_PATHS.identitySessions, { ...login, captchaId, captchaAnswer: captchaAnswer === 'AAAA' ? 'CCCC' : 'AAAA' });
    expect(errorOf(wrong)).toMatchObject({ code: 'captcha_invalid', fields: { captchaAnswer: 'captcha_invalid' } });
    expect(errorOf(await api.post(API_PATHS.identitySessions, { ...login, captchaId, captchaAnswer })).code).toBe('captcha_expired');
    // Six wrong picture codes with the wrong password count nothing against the identity.
    for (let attempt = 0; attempt < 6; attempt++) {
      const guess = await api.post(API_PATHS.identitySessions, { ...login, password: OTHER_PASSWORD, captchaId: 'gone', captchaAnswer: 'ABCD' });
      expect(errorOf(guess).code).toBe('captcha_expired');
    }
    await identityLogin(login);
  });

  it('checks fields: a login name for persons (18 digits with their check character), a credit code for legal persons', async () => {
    const badId = await api.identityLogin({ kind: 'personal', method: 'password', loginName: '110105194912310021', password: '' });
    expect(errorOf(badId).fields).toEqual({ loginName: 'invalid_checksum', password: 'required' });
    const badCode = await api.identityLogin({ kind: 'legal', method: 'password', creditCode: 'ABC', password: 'x' });
    expect(errorOf(badCode).fields).toEqual({ creditCode: 'invalid_format' });
    const wrongShape = await api.identityLogin({ kind: 'legal', method: 'password', idNumber: PERSON_ID, password: 'x' });
    expect(wrongShape.statusCode).toBe(400);
    expect(errorOf(wrongShape).code).toBe('validation_failed');
  });

  it('sends identity_login codes only to phones the platform knows, answering the same either way', async () => {
    expect((await api.requestSms('identity_login', PERSON_PHONE)).statusCode).toBe(201);
    expect((await api.requestSms('identity_login', '13300000008')).statusCode).toBe(201);
    expect(await api.inbox(PERSON_PHONE)).toHaveLength(1);
    expect(await api.inbox('13300000008')).toEqual([]);
  });
});

describe('identity login throttle', () => {
  it('stops a password spray over many ID numbers from one client with 429, not another client', async () => {
    const app = await devServer({ limits: { loginRateMax: 5, loginRateWindowSeconds: 600 } });
    try {
      const api = accountApi(app);
      const spray = (n: number) =>
        api.identityLogin({ kind: 'personal', method: 'password', loginName: residentId(`460100198001010${String(n).padStart(2, '0')}`), password: PASSWORD });
      for (let n = 0; n < 5; n++) expect((await spray(n)).statusCode).toBe(401);
      const refused = await spray(5);
      expect(refused.statusCode).toBe(429);
      expect(errorOf(refused)).toMatchObject({ code: 'too_many_requests', retryAfterSeconds: 600 });
      const elsewhere = await app.inject({
        method: 'POST',
        url: API_PATHS.identitySessions,
        remoteAddress: '10.0.0.8',
        payload: { kind: 'personal', method: 'password', loginName: residentId('46010019800101006'), password: PASSWORD, ...(await api.solvedCaptcha()) },
      });
      expect(elsewhere.statusCode).toBe(401);
    } finally {
      await app.close();
    }
  });
});

describe('dev identity accounts', () => {
  let app: FastifyInstance;
  let api: Api;
  beforeEach(async () => {
    app = await devServer();
    api = accountApi(app);
  });
  afterEach(async () => app.close());

  it('checks fields with the registration rules', async () => {
    const response = await api.post(DEV_API_PATHS.identityAccounts, {
      ...legalIdentity,
      creditCode: '91460000',
      representativeIdNumber: '110105194912310021',
      password: 'weak',
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).fields).toEqual({
      creditCode: 'invalid_format',
      representativeIdNumber: 'invalid_checksum',
      password: 'too_short',
    });
  });

  it('refuses a user name someone already has, as a user name or as a document number, and the other way round', async () => {
    await api.post(DEV_API_PATHS.identityAccounts, { ...personalIdentity, username: 'chen_xm' });
    const other = { ...personalIdentity, idNumber: residentId('46010019800101031'), phone: '13300000031' };
    const sameName = await api.post(DEV_API_PATHS.identityAccounts, { ...other, username: 'CHEN_XM' });
    expect(errorOf(sameName)).toMatchObject({ code: 'username_taken', fields: { username: 'username_taken' } });
    const nameIsNumber = await api.post(DEV_API_PATHS.identityAccounts, { ...other, username: 'Passport1' });
    expect(nameIsNumber.statusCode).toBe(201);
    const numberIsName = await api.post(DEV_API_PATHS.identityAccounts, {
      ...personalIdentity,
      idType: 'passport',
      idNumber: 'PASSPORT1',
      name: 'Anna Muller',
      phone: '13300000032',
    });
    expect(errorOf(numberIsName)).toMatchObject({ code: 'id_number_taken', fields: { idNumber: 'id_number_taken' } });
    const badName = await api.post(DEV_API_PATHS.identityAccounts, { ...other, phone: '13300000033', username: '1abc' });
    expect(errorOf(badName).fields).toEqual({ username: 'invalid_format' });
  });

  it('refuses a second identity with the same ID number, credit code or phone', async () => {
    await api.post(DEV_API_PATHS.identityAccounts, personalIdentity);
    await api.post(DEV_API_PATHS.identityAccounts, legalIdentity);
    const samePerson = await api.post(DEV_API_PATHS.identityAccounts, { ...personalIdentity, phone: '13300000005' });
    expect(errorOf(samePerson)).toMatchObject({ code: 'id_number_taken', fields: { idNumber: 'id_number_taken' } });
    const sameUnit = await api.post(DEV_API_PATHS.identityAccounts, { ...legalIdentity, phone: '13300000005' });
    expect(errorOf(sameUnit)).toMatchObject({ code: 'credit_code_taken', fields: { creditCode: 'credit_code_taken' } });
    const samePhone = await api.post(DEV_API_PATHS.identityAccounts, { ...personalIdentity, idNumber: residentId('46010019800101021') });
    expect(samePhone.statusCode).toBe(409);
    expect(errorOf(samePhone).code).toBe('phone_taken');
  });
});
