import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkGb11643, gb11643CheckChar, parseGb11643 } from '../../../../shared/validation/gb11643.ts';

/** A fixed "today", so nothing here depends on the day the tests run. */
const TODAY = new Date(2025, 5, 15);
const CHECK_CHARS = '0123456789X';

/** ISO 7064 MOD 11-2 over all 18 characters, written independently: a valid number sums to 1 (mod 11). */
function iso7064Mod112(value: string): number {
  let sum = 0;
  for (let i = 0; i < 18; i++) {
    const char = value[i]!;
    const digit = char === 'X' ? 10 : Number(char);
    sum += digit * (2 ** (17 - i) % 11);
  }
  return sum % 11;
}

/** 17 digits: an address code, a birth date between 1800 and 2020, a sequence number. */
const first17 = fc
  .tuple(
    fc.stringMatching(/^\d{6}$/),
    fc.date({ min: new Date(Date.UTC(1800, 0, 1)), max: new Date(Date.UTC(2020, 11, 31)), noInvalidDate: true }),
    fc.stringMatching(/^\d{3}$/),
  )
  .map(([region, birth, sequence]) => region + birth.toISOString().slice(0, 10).replaceAll('-', '') + sequence);

const withCheck = (digits: string) => digits + gb11643CheckChar(digits);

describe('gb11643CheckChar', () => {
  it('computes the published examples', () => {
    // 1 1 0 1 0 5 1 9 4 9 1 2 3 1 0 0 2 x 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2
    // = 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 mod 11 = 2 -> 'X'
    expect(gb11643CheckChar('11010519491231002')).toBe('X');
    // 4 4 0 5 2 4 1 8 8 0 0 1 0 1 0 0 1: 28+36+0+25+16+16+2+8+48+0+0+9+0+5+0+0+2 = 195; 195 mod 11 = 8 -> '4'
    expect(gb11643CheckChar('44052418800101001')).toBe('4');
  });

  it('refuses anything but 17 digits', () => {
    expect(() => gb11643CheckChar('1101051949123100')).toThrow(RangeError);
    expect(() => gb11643CheckChar('1101051949123100A')).toThrow(RangeError);
  });
});

describe('checkGb11643', () => {
  it('accepts the published examples', () => {
    expect(checkGb11643('11010519491231002X')).toStrictEqual({ ok: true });
    expect(checkGb11643('440524188001010014')).toStrictEqual({ ok: true });
  });

  it('requires a value', () => {
    expect(checkGb11643('')).toEqual({ ok: false, code: 'required' });
  });

  it('refuses anything but 17 digits and a digit or upper-case X', () => {
    for (const value of ['11010519491231002', '11010519491231002X0', '11010519491231002x', '1101051949123100X2', ' 11010519491231002X']) {
      expect(checkGb11643(value)).toEqual({ ok: false, code: 'invalid_format' });
    }
  });

  it('refuses birth dates that do not exist, are before 1800 or after today', () => {
    const at = (birth: string) => checkGb11643(withCheck(`110105${birth}001`), TODAY);
    expect(at('19490230')).toEqual({ ok: false, code: 'invalid_birth_date' });
    expect(at('19000229')).toEqual({ ok: false, code: 'invalid_birth_date' });
    expect(at('19491301')).toEqual({ ok: false, code: 'invalid_birth_date' });
    expect(at('19490100')).toEqual({ ok: false, code: 'invalid_birth_date' });
    expect(at('17991231')).toEqual({ ok: false, code: 'invalid_birth_date' });
    expect(at('20250616')).toEqual({ ok: false, code: 'invalid_birth_date' });
    expect(at('20000229')).toEqual({ ok: true });
    expect(at('18000101')).toEqual({ ok: true });
    expect(at('20250615')).toEqual({ ok: true });
  });

  it("uses the host's date by default", () => {
    expect(checkGb11643(withCheck('11010529990101001'))).toEqual({ ok: false, code: 'invalid_birth_date' });
  });

  it('checks the birth date before the check character', () => {
    expect(checkGb11643('110105194902300010', TODAY)).toEqual({ ok: false, code: 'invalid_birth_date' });
  });

  it('refuses a wrong check character', () => {
    expect(checkGb11643('110105194912310021')).toEqual({ ok: false, code: 'invalid_checksum' });
    expect(checkGb11643('44052418800101001X')).toEqual({ ok: false, code: 'invalid_checksum' });
  });

  it('accepts 17 digits with a valid birth date and their check character, and no other', () => {
    fc.assert(
      fc.property(first17, fc.constantFrom(...CHECK_CHARS), (digits, last) => {
        const check = gb11643CheckChar(digits);
        expect(iso7064Mod112(digits + check)).toBe(1);
        expect(checkGb11643(digits + check, TODAY)).toStrictEqual({ ok: true });
        if (last !== check) expect(checkGb11643(digits + last, TODAY)).toEqual({ ok: false, code: 'invalid_checksum' });
      }),
    );
  });

  it('detects any single-digit change in the first 17 digits', () => {
    fc.assert(
      fc.property(first17, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (digits, position, delta) => {
        const valid = withCheck(digits);
        const changed = String((Number(digits[position]) + delta) % 10);
        const mutated = digits.slice(0, position) + changed + digits.slice(position + 1);
        expect(gb11643CheckChar(mutated)).not.toBe(valid[17]);
        const result = checkGb11643(mutated + valid[17], TODAY);
        expect(result.ok).toBe(false);
        // Outside the birth date, the check character is what catches it.
        if (position < 6 || position > 13) expect(result).toEqual({ ok: false, code: 'invalid_checksum' });
      }),
    );
  });
});

describe('parseGb11643', () => {
  it('reads region, birth date and sex (odd sequence = male)', () => {
    expect(parseGb11643('11010519491231002X')).toEqual({ regionCode: '110105', birthDate: '1949-12-31', sex: 'female' });
    expect(parseGb11643('440524188001010014')).toEqual({ regionCode: '440524', birthDate: '1880-01-01', sex: 'male' });
  });

  it('returns null for a number checkGb11643 refuses', () => {
    expect(parseGb11643('110105194912310021')).toBeNull();
    expect(parseGb11643(withCheck('11010520250616001'), TODAY)).toBeNull();
    expect(parseGb11643('')).toBeNull();
  });

  it('agrees with the number it was given', () => {
    fc.assert(
      fc.property(first17, (digits) => {
        const details = parseGb11643(withCheck(digits), TODAY);
        expect(details?.regionCode).toBe(digits.slice(0, 6));
        expect(details?.birthDate.replaceAll('-', '')).toBe(digits.slice(6, 14));
        expect(details?.sex).toBe(Number(digits[16]) % 2 === 1 ? 'male' : 'female');
      }),
    );
  });
});
