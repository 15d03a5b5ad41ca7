import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { USCC_ALPHABET, checkUscc, normaliseCreditCode, usccCheckChar } from '../../../../shared/validation/uscc.ts';

const char = fc.constantFrom(...USCC_ALPHABET);
const first17 = fc.array(char, { minLength: 17, maxLength: 17 }).map((chars) => chars.join(''));

/** GB 32100 written independently: value(i) * 3^i over the first 17, plus the check character's value, is 0 (mod 31). */
function mod31(value: string): number {
  let sum = USCC_ALPHABET.indexOf(value[17]!);
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(value[i]!) * (3 ** i % 31);
  return sum % 31;
}

describe('USCC_ALPHABET', () => {
  it('is the digits and the upper-case letters without I O S V Z', () => {
    expect(USCC_ALPHABET).toHaveLength(31);
    expect(USCC_ALPHABET).toBe('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'.replace(/[IOSVZ]/g, ''));
  });
});

describe('usccCheckChar', () => {
  it('computes a real code', () => {
    // 91110000600037341L: 9 1 1 1 0 0 0 0 6 0 0 0 3 7 3 4 1
    //   x 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28
    //   = 9+3+9+27+0+0+0+0+120+0+0+0+24+168+30+120+28 = 538; 538 mod 31 = 11;
    //   31 - 11 = 20 = 'L' (A=10 ... H=17, J=18, K=19, L=20).
    expect(usccCheckChar('91110000600037341')).toBe('L');
  });

  it('refuses anything but 17 alphabet characters', () => {
    expect(() => usccCheckChar('9111000060003734')).toThrow(RangeError);
    expect(() => usccCheckChar('9111000060003734I')).toThrow(RangeError);
  });
});

describe('normaliseCreditCode', () => {
  it('trims, drops spaces and upper-cases', () => {
    expect(normaliseCreditCode(' 9111 0000 6000 3734 1l ')).toBe('91110000600037341L');
  });
});

describe('checkUscc', () => {
  it('accepts a code with a correct check character without a warning', () => {
    expect(checkUscc('91110000600037341L')).toStrictEqual({ ok: true });
  });

  it('accepts an early pilot code that fails the check, with a warning', () => {
    expect(checkUscc('91350100M0001TGQXM')).toStrictEqual({ ok: true, warning: 'uscc_checksum_unverified' });
  });

  it('requires a value', () => {
    expect(checkUscc('')).toEqual({ ok: false, code: 'required' });
  });

  it('refuses characters outside the alphabet, lower case included', () => {
    for (const value of ['91110000600037341I', '9111000060003734OL', '91110000600037341l', '9111 0000600037341L', 'Z1']) {
      expect(checkUscc(value)).toEqual({ ok: false, code: 'invalid_characters' });
    }
  });

  it('refuses a code that is not 18 characters', () => {
    expect(checkUscc('91110000600037341')).toEqual({ ok: false, code: 'invalid_format' });
    expect(checkUscc('91110000600037341L0')).toEqual({ ok: false, code: 'invalid_format' });
  });

  it('accepts 17 characters with their check character without a warning, and warns for any other', () => {
    fc.assert(
      fc.property(first17, char, (chars, last) => {
        const check = usccCheckChar(chars);
        expect(mod31(chars + check)).toBe(0);
        expect(checkUscc(chars + check)).toStrictEqual({ ok: true });
        if (last !== check) expect(checkUscc(chars + last)).toStrictEqual({ ok: true, warning: 'uscc_checksum_unverified' });
      }),
    );
  });

  it('detects any single-character substitution in the first 17', () => {
    fc.assert(
      fc.property(first17, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 30 }), (chars, position, delta) => {
        const check = usccCheckChar(chars);
        const changed = USCC_ALPHABET[(USCC_ALPHABET.indexOf(chars[position]!) + delta) % 31]!;
        const mutated = chars.slice(0, position) + changed + chars.slice(position + 1);
        expect(usccCheckChar(mutated)).not.toBe(check);
        expect(checkUscc(mutated + check)).toStrictEqual({ ok: true, warning: 'uscc_checksum_unverified' });
      }),
    );
  });
});
