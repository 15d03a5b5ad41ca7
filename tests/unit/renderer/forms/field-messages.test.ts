import { describe, expect, it } from 'vitest';
import { fieldErrorKey, fieldWarningKey } from '../../../../renderer/forms/field-messages.ts';
import zhCN from '../../../../renderer/locales/zh-CN.ts';
import type { Messages } from '../../../../renderer/locales/zh-CN.ts';
import zhTW from '../../../../renderer/locales/zh-TW.ts';
import en from '../../../../renderer/locales/en.ts';
import { LOCALES } from '../../../../shared/locales.ts';
import type { Locale } from '../../../../shared/locales.ts';
import { FIELD_ERROR_CODES, FIELD_WARNING_CODES } from '../../../../shared/validation/field-codes.ts';

const MESSAGES: Record<Locale, Messages> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

/** The message at a dotted key, or undefined. */
function lookup(tree: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

describe('field messages', () => {
  it('maps a known error code to its own key', () => {
    for (const code of FIELD_ERROR_CODES) expect(fieldErrorKey(code)).toBe(`fieldErrors.${code}`);
  });

  it('maps an unknown code (a newer server) to the format error', () => {
    expect(fieldErrorKey('code_from_a_newer_server')).toBe('fieldErrors.invalid_format');
    expect(fieldErrorKey('')).toBe('fieldErrors.invalid_format');
    expect(fieldErrorKey('toString')).toBe('fieldErrors.invalid_format');
    expect(fieldErrorKey('PHONE_TAKEN')).toBe('fieldErrors.invalid_format');
  });

  it('maps a warning code to its key', () => {
    for (const code of FIELD_WARNING_CODES) expect(fieldWarningKey(code)).toBe(`fieldWarnings.${code}`);
  });

  describe.each(LOCALES)('%s', (locale) => {
    const messages = MESSAGES[locale];

    it('has a message for every field error code, and none for codes that do not exist', () => {
      for (const code of FIELD_ERROR_CODES) {
        const message = lookup(messages, fieldErrorKey(code));
        expect(typeof message, code).toBe('string');
        expect((message as string).trim(), code).not.toBe('');
      }
      expect(Object.keys(messages.fieldErrors).sort()).toEqual([...FIELD_ERROR_CODES].sort());
    });

    it('has a message for every field warning code, and none for codes that do not exist', () => {
      for (const code of FIELD_WARNING_CODES) {
        const message = lookup(messages, fieldWarningKey(code));
        expect(typeof message, code).toBe('string');
        expect((message as string).trim(), code).not.toBe('');
      }
      expect(Object.keys(messages.fieldWarnings).sort()).toEqual([...FIELD_WARNING_CODES].sort());
    });
  });
});
