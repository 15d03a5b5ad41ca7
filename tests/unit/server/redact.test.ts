import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactPersonalData } from '../../../shared/redact.ts';
import { gb11643CheckChar } from '../../../shared/validation/gb11643.ts';
import { USCC_ALPHABET, usccCheckChar } from '../../../shared/validation/uscc.ts';

describe('redactPersonalData', () => {
  it('masks the middle of an ID number, keeping the first 3 and last 2 characters', () => {
    expect(redactPersonalData('证件号码 11010519491231002X 已提交')).toBe('证件号码 110*************2X 已提交');
    expect(redactPersonalData('id=440524188001010014')).toBe('id=440*************14');
  });

  it('masks a mobile number, keeping the first 3 and last 4 digits', () => {
    expect(redactPersonalData('手机号13812345678')).toBe('手机号138****5678');
    expect(redactPersonalData('call +86 13812345678')).toBe('call +86 138****5678');
  });

  it('masks a unified social credit code, including early ones that fail the check', () => {
    expect(redactPersonalData('统一社会信用代码：91350100M0001TGQXM')).toBe('统一社会信用代码：913*************XM');
  });

  it('masks several identifiers in one text and leaves everything else alone', () => {
    const text = 'user 11010519491231002X phone 13812345678 unit 91350100M0001TGQXM req-42 at 2024-05-16';
    expect(redactPersonalData(text)).toBe(
      'user 110*************2X phone 138****5678 unit 913*************XM req-42 at 2024-05-16',
    );
  });

  it('does not mask part of a longer number or word', () => {
    expect(redactPersonalData('order 1381234567890')).toBe('order 1381234567890');
    expect(redactPersonalData('trace 0123456789012345678901')).toBe('trace 0123456789012345678901');
  });
});

describe('redactPersonalData with separators, other documents and secret keys', () => {
  it.each([
    ['a phone with spaces', 'tel 138 0000 0011', 'tel 138******0011'],
    ['a phone with hyphens', 'tel 138-0000-0011.', 'tel 138******0011.'],
    ['an ID number with spaces', 'ID 110105 19491231 002X', 'ID 110***************2X'],
    ['a Chinese passport', 'passport no. E12345678', 'passport no. E1*****78'],
    ['a passport of the new series', 'EA1234567', 'EA*****67'],
    ['a Hong Kong / Macau permit', 'permit H1234567801', 'permit H1*******01'],
    ['a Taiwan permit', '台胞证 12345678', '台胞证 12****78'],
    ['a 2017 foreign permanent residence card', 'card USA123456789012', 'card USA*********012'],
  ])('masks %s', (_, text, masked) => {
    expect(redactPersonalData(text)).toBe(masked);
  });

  it('replaces the whole value of names, passwords and document numbers, found by their key', () => {
    expect(redactPersonalData('{"name":"张三","password":"Ab:c=d1","idNumber":"X1234"}')).toBe('{"name":"***","password":"***","idNumber":"***"}');
    expect(redactPersonalData("name: 'John Smith', new_password = Secret2026; contact-name: 李四")).toBe(
      "name: '***', new_password = ***; contact-name: ***",
    );
    expect(redactPersonalData('name=John Smith phone: 13800000011')).toBe('name=*** phone: 138****0011');
    expect(redactPersonalData('Authorization: Bearer abc123_-XYZ')).toBe('Authorization: ***');
  });

  it('leaves keys that merely end like a secret one alone', () => {
    expect(redactPersonalData('username=bob filename=kiosk.log hostname: a1')).toBe('username=bob filename=kiosk.log hostname: a1');
  });
});

describe('redactPersonalData properties', () => {
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
  const from = (alphabet: string, n: number) => fc.array(fc.constantFrom(...alphabet), { minLength: n, maxLength: n }).map((c) => c.join(''));
  const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

  const residentId = digits(17).map((first17) => first17 + gb11643CheckChar(first17));
  const spacedId = residentId.map((id) => `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`);
  const mobile = fc
    .tuple(fc.integer({ min: 3, max: 9 }), digits(9), fc.constantFrom('', ' ', '-'))
    .map(([second, rest, sep]) => `1${second}${rest.slice(0, 1)}${sep}${rest.slice(1, 5)}${sep}${rest.slice(5)}`);
  const creditCode = fc
    .tuple(from(USCC_ALPHABET, 2), digits(6), from(USCC_ALPHABET, 9))
    .map(([head, region, tail]) => head + region + tail + usccCheckChar(head + region + tail));
  const passport = fc.oneof(
    digits(8).map((d) => `E${d}`),
    digits(8).map((d) => `G${d}`),
    fc.tuple(fc.constantFrom(...LETTERS), digits(7)).map(([letter, d]) => `E${letter}${d}`),
  );
  const permit = fc.oneof(
    fc.tuple(fc.constantFrom('H', 'M'), digits(8), fc.constantFrom('', '01', '12')).map(([letter, d, renewals]) => letter + d + renewals),
    digits(8),
  );
  const foreignCard = fc.tuple(from(LETTERS, 3), digits(12)).map(([letters, d]) => letters + d);
  const identifier = fc.oneof(residentId, spacedId, mobile, creditCode, passport, permit, foreignCard);
  const separator = fc.constantFrom(' ', ',', ':', '：', '"', '(', ')', '\n', '，', '=', '/');

  it('never lets a generated identifier embedded in random text through', () => {
    fc.assert(
      fc.property(fc.string(), separator, identifier, separator, fc.string(), (before, open, id, close, after) => {
        expect(redactPersonalData(`${before}${open}${id}${close}${after}`)).not.toContain(id);
      }),
      { numRuns: 2000 },
    );
  });

  it('never lets the value of a secret key through, as JSON or as key=value', () => {
    const key = fc.constantFrom('name', 'unitName', 'contactName', 'password', 'newPassword', 'oldPassword', 'idNumber', 'id_number', 'Password');
    const value = fc.array(fc.constantFrom(...'张三李四买提艾力ABCXYZ0123456789'), { minLength: 6, maxLength: 20 }).map((c) => c.join(''));
    fc.assert(
      fc.property(fc.string(), key, value, (before, name, secret) => {
        expect(redactPersonalData(`${before} ${JSON.stringify({ [name]: secret })}`)).not.toContain(secret);
        expect(redactPersonalData(`${before} ${name}=${secret}&next=1`)).not.toContain(secret);
      }),
    );
  });
});
