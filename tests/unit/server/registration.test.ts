import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sessionSchema } from '../../../shared/contract/sessions.ts';
import { API_PATHS } from '../../../shared/contract/paths.ts';
import { gb11643CheckChar } from '../../../shared/validation/gb11643.ts';
import {
  PASSWORD,
  accountApi,
  countRows,
  creditCode,
  devServer,
  errorOf,
  residentId,
  type Api,
} from './support/account-api.ts';

const PHONE = '13700000001';
const PILOT_CREDIT_CODE = '91350100M0001TGQXM';

/** One valid number for each document type, as a citizen might type it. */
const DOCUMENTS = [
  { idType: 'resident_id', typed: '11010519491231002x', stored: '11010519491231002X', masked: '110***********002X' },
  {
    idType: 'residence_permit',
    typed: residentId('81000019900101001'),
    stored: residentId('81000019900101001'),
    masked: `810***********001${gb11643CheckChar('81000019900101001')}`,
  },
  { idType: 'foreign_permanent_id', typed: 'usa 123456789012', stored: 'USA123456789012', masked: 'USA*********012' },
  { idType: 'hk_macao_permit', typed: 'h12345678', stored: 'H12345678', masked: 'H1*****78' },
  { idType: 'taiwan_permit', typed: '12345678', stored: '12345678', masked: '12****78' },
  { idType: 'passport', typed: 'E12345678', stored: 'E12345678', masked: 'E1*****78' },
] as const;

describe('registration', () => {
  let app: FastifyInstance;
  let api: Api;
  beforeEach(async () => {
    app = await devServer();
    api = accountApi(app);
  });
  afterEach(async () => app.close());

  const personal = (fields: Record<string, string>) =>
    api.postSolved(API_PATHS.personalAccounts, {
      name: '张三',
      idType: 'resident_id',
      idNumber: '11010519491231002X',
      phone: PHONE,
      smsCode: '000000',
      password: PASSWORD,
      ...fields,
    });
  const unit = (fields: Record<string, string>) =>
    api.postSolved(API_PATHS.unitAccounts, {
      unitName: '海南椰风贸易有限公司',
      creditCode: PILOT_CREDIT_CODE,
      contactName: '李四',
      contactIdType: 'resident_id',
      contactIdNumber: '11010519491231002X',
      phone: PHONE,
      smsCode: '000000',
      password: PASSWORD,
      ...fields,
    });

  it.each(DOCUMENTS)('registers a personal account with a $idType and logs it in', async ({ idType, typed, stored, masked }) => {
    const smsCode = await api.smsCode('register', PHONE);
    const response = await personal({ idType, idNumber: typed, smsCode, name: idType === 'passport' ? 'John Smith' : '张三' });
    expect(response.statusCode, response.body).toBe(201);
    const session = sessionSchema.parse(response.json());
    expect(session.account).toMatchObject({
      userType: 'personal',
      idType,
      idNumberMasked: masked,
      phoneMasked: '137****0001',
      creditCode: null,
      contactName: null,
    });
    expect(app.db.prepare('SELECT id_number FROM accounts').get()?.id_number).toBe(stored);
    expect((await api.get(API_PATHS.myAccount, session.token)).json()).toEqual(session.account);
  });

  it('stores names NFKC-normalised, and refuses what has no canonical form', async () => {
    const smsCode = await api.smsCode('register', PHONE);
    const lookalike = await personal({ smsCode, name: '\u3000张\u2F00\uF900 ' });
    expect(lookalike.statusCode, lookalike.body).toBe(201);
    expect(sessionSchema.parse(lookalike.json()).account.name).toBe('张一\u8C48');
    expect(app.db.prepare('SELECT name FROM accounts').get()?.name).toBe('张一\u8C48');
    for (const name of ['·买买提', '买买提··艾力', '张\u2E80']) {
      expect(errorOf(await personal({ phone: '13700000002', smsCode, name })).fields?.name, name).toMatch(/^invalid_/);
    }
  });

  it('stores the password only as a salted scrypt hash', async () => {
    await api.registerPersonal({ phone: PHONE, idNumber: '11010519491231002X' });
    await api.registerPersonal({ phone: '13700000002', idNumber: residentId('46010019900101001') });
    const hashes = app.db.prepare('SELECT password_hash FROM accounts').all().map((row) => String(row.password_hash));
    for (const hash of hashes) {
      expect(hash).toMatch(/^scrypt\$16384\$8\$1\$[\w-]+\$[\w-]+$/);
      expect(hash).not.toContain(PASSWORD);
    }
    expect(hashes[0]).not.toBe(hashes[1]);
  });

  it('registers a unit account, including the pilot credit code that fails the check character', async () => {
    const smsCode = await api.smsCode('register', PHONE);
    const response = await unit({ creditCode: PILOT_CREDIT_CODE.toLowerCase(), smsCode });
    expect(response.statusCode, response.body).toBe(201);
    expect(sessionSchema.parse(response.json()).account).toMatchObject({
      userType: 'unit',
      name: '海南椰风贸易有限公司',
      creditCode: PILOT_CREDIT_CODE,
      contactName: '李四',
      idType: 'resident_id',
      idNumberMasked: '110***********002X',
    });
    const valid = creditCode('91460000MA5T00000');
    const second = await api.registerUnit({ phone: '13700000002', creditCode: valid });
    expect(second.account.creditCode).toBe(valid);
  });

  it('answers field errors per field: bad check character, short password, bad phone, bad code format', async () => {
    const response = await personal({ idNumber: '110105194912310021', password: 'Ab1', phone: '1370000', smsCode: '12' });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response)).toEqual({
      code: 'validation_failed',
      message: expect.any(String),
      fields: { idNumber: 'invalid_checksum', password: 'too_short', phone: 'invalid_format', smsCode: 'invalid_format' },
    });
    const unitResponse = await unit({ creditCode: '91350100M0001TGQ', contactName: 'Li Si' });
    expect(errorOf(unitResponse)).toMatchObject({
      code: 'validation_failed',
      fields: { creditCode: 'invalid_format', contactName: 'invalid_characters' },
    });
  });

  it('maps schema errors (missing, unknown, wrong enum) to fields too', async () => {
    const response = await api.post(API_PATHS.personalAccounts, { name: '张三', idType: 'driving_licence', extra: 1 });
    expect(errorOf(response)).toMatchObject({
      code: 'validation_failed',
      fields: { idType: 'invalid_enum_value', idNumber: 'required', phone: 'required', extra: 'unrecognized_key' },
    });
  });

  it('refuses a taken phone, ID number or credit code with 409 and keeps the SMS code for the corrected form', async () => {
    await api.registerPersonal({ phone: PHONE, idNumber: '11010519491231002X' });
    await api.registerUnit({ phone: '13700000002', creditCode: PILOT_CREDIT_CODE });

    const phone = '13700000003';
    const smsCode = await api.smsCode('register', phone);
    const sameId = await personal({ phone, smsCode });
    expect(sameId.statusCode).toBe(409);
    expect(errorOf(sameId)).toMatchObject({ code: 'id_number_taken', fields: { idNumber: 'id_number_taken' } });
    const phoneTaken = await personal({ phone: PHONE, idNumber: residentId('46010019900101003'), smsCode });
    expect(errorOf(phoneTaken)).toMatchObject({ code: 'phone_taken', fields: { phone: 'phone_taken' } });
    // The code survived both refusals.
    expect((await personal({ phone, smsCode, idNumber: residentId('46010019900101003') })).statusCode).toBe(201);

    const unitPhone = '13700000004';
    const unitCode = await api.smsCode('register', unitPhone);
    const codeTaken = await unit({ phone: unitPhone, smsCode: unitCode });
    expect(codeTaken.statusCode).toBe(409);
    expect(errorOf(codeTaken)).toMatchObject({ code: 'credit_code_taken', fields: { creditCode: 'credit_code_taken' } });
    const both = await unit({ phone: PHONE, smsCode: unitCode });
    expect(errorOf(both).fields).toEqual({ phone: 'phone_taken', creditCode: 'credit_code_taken' });
    expect((await unit({ phone: unitPhone, smsCode: unitCode, creditCode: creditCode('91460000MA5T00001') })).statusCode).toBe(201);
  });

  it('treats the same number under another document type as another person', async () => {
    await api.registerPersonal({ phone: PHONE, idType: 'foreign_permanent_id', idNumber: 'USA123456789012', name: 'John Smith' });
    const other = await api.registerPersonal({ phone: '13700000002', idType: 'passport', idNumber: 'USA123456789012', name: 'John Smith' });
    expect(other.account.idType).toBe('passport');
  });

  it('saves nothing when a registration fails', async () => {
    const smsCode = await api.smsCode('register', PHONE);
    const wrongCode = smsCode === '000000' ? '111111' : '000000';
    expect((await personal({ smsCode: wrongCode })).statusCode).toBe(400);
    expect(countRows(app, 'accounts')).toBe(0);
    expect(countRows(app, 'sessions')).toBe(0);

    // A failure after the account row is written (here: the session cannot be stored) rolls it all back.
    app.db.exec("CREATE TRIGGER refuse_sessions BEFORE INSERT ON sessions BEGIN SELECT RAISE(ABORT, 'disk full'); END");
    const broken = await personal({ smsCode });
    expect(broken.statusCode).toBe(500);
    expect(countRows(app, 'accounts')).toBe(0);
    app.db.exec('DROP TRIGGER refuse_sessions');
    // ...and the SMS code was not used up by the failed attempt.
    expect((await personal({ smsCode })).statusCode).toBe(201);
    expect(countRows(app, 'accounts')).toBe(1);
  });
});
