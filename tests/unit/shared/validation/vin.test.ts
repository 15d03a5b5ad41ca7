import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VIN_ALPHABET, checkVin, normaliseVin, vinCheckChar } from '../../../../shared/validation/vin.ts';

/** VINs with a correct check digit (the ISO 3779 / GB 16735 examples seen in the wild, and one with a Chinese WMI). */
const VALID = ['1HGCM82633A004352', '1M8GDM9AXKP042788', '11111111111111111', '5GZCZ43D13S812715', 'JHMCM56557C404453', '1G1BL52P7TR115520', 'LSVAU218XN2183294'];

const vinChar = fc.constantFrom(...VIN_ALPHABET);
/** 17 VIN characters with the right check digit at position 9. */
const validVin = fc.array(vinChar, { minLength: 17, maxLength: 17 }).map((chars) => {
  const draft = chars.join('');
  return `${draft.slice(0, 8)}${vinCheckChar(draft)}${draft.slice(9)}`;
});

describe('checkVin (GB 16735)', () => {
  it.each(VALID)('accepts %s', (vin) => {
    expect(checkVin(vin)).toEqual({ ok: true });
  });

  it('accepts any VIN whose 9th character is its check digit', () => {
    fc.assert(fc.property(validVin, (vin) => checkVin(vin).ok));
  });

  it('catches a changed check digit, and a digit changed anywhere else', () => {
    fc.assert(
      fc.property(validVin, fc.integer({ min: 0, max: 16 }), vinChar, (vin, position, replacement) => {
        const original = vin[position]!;
        fc.pre(replacement !== original && (position === 8 || (/\d/.test(original) && /\d/.test(replacement))));
        const changed = `${vin.slice(0, position)}${replacement}${vin.slice(position + 1)}`;
        expect(checkVin(changed)).toEqual({ ok: false, code: 'invalid_checksum' });
      }),
    );
  });

  it('refuses I, O and Q, other characters, and other lengths', () => {
    expect(checkVin('1HGCM82633A00435I')).toEqual({ ok: false, code: 'invalid_characters' });
    expect(checkVin('1HGCM82633A00435-')).toEqual({ ok: false, code: 'invalid_characters' });
    expect(checkVin('1HGCM82633A00435')).toEqual({ ok: false, code: 'invalid_format' });
    expect(checkVin('')).toEqual({ ok: false, code: 'required' });
  });

  it('reads a VIN typed with spaces and lower case', () => {
    expect(normaliseVin(' 1hgcm 82633a004352 ')).toBe('1HGCM82633A004352');
  });
});
