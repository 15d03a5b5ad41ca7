import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import { LOCALES } from '../../../shared/locales.ts';
import type { Locale } from '../../../shared/locales.ts';
import { API_ERROR_CODES } from '../../../shared/contract/errors.ts';
import { IPC_ERROR_CODES, KIOSK_ERROR_CODES, TRANSPORT_ERROR_CODES } from '../../../shared/ipc/errors.ts';
import zhCN from '../../../renderer/locales/zh-CN.ts';
import type { Messages } from '../../../renderer/locales/zh-CN.ts';
import zhTW from '../../../renderer/locales/zh-TW.ts';
import en from '../../../renderer/locales/en.ts';
import { LOCALE_NAMES } from '../../../renderer/locales/names.ts';
import { errorMessageKey } from '../../../renderer/error-messages.ts';

const MESSAGES: Record<Locale, Messages> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

/** Every leaf of a message tree as [dotted key, value]. */
function leaves(tree: object, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]): [string, unknown][] =>
    value !== null && typeof value === 'object' ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

function lookup(tree: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

const reference = new Map(leaves(zhCN));

describe('locales', () => {
  it('cover every locale the kiosk speaks', () => {
    expect(Object.keys(MESSAGES).sort()).toEqual([...LOCALES].sort());
    expect(Object.keys(LOCALE_NAMES).sort()).toEqual([...LOCALES].sort());
  });

  describe.each(LOCALES)('%s', (locale) => {
    const entries = leaves(MESSAGES[locale]);

    it('has exactly the keys of zh-CN', () => {
      expect(entries.map(([key]) => key).sort()).toEqual([...reference.keys()].sort());
    });

    it('has no empty or non-string messages', () => {
      for (const [key, value] of entries) {
        expect(typeof value, key).toBe('string');
        expect((value as string).trim(), key).not.toBe('');
      }
    });

    it('uses the same placeholders as zh-CN', () => {
      for (const [key, value] of entries) {
        expect(placeholders(value as string), key).toEqual(placeholders(reference.get(key) as string));
      }
    });

    it('compiles and renders every message', () => {
      const i18n = createI18n({ legacy: false, locale, messages: { [locale]: MESSAGES[locale] } });
      for (const [key, value] of entries) {
        const params = Object.fromEntries(placeholders(value as string).map((name) => [name, `<${name}>`]));
        const rendered = i18n.global.t(key, params);
        expect(rendered, key).not.toMatch(/[{}]/);
        for (const name of Object.keys(params)) expect(rendered, key).toContain(`<${name}>`);
      }
    });

    it('has a message for every mapped error code and the fallback', () => {
      for (const code of [...IPC_ERROR_CODES, ...TRANSPORT_ERROR_CODES, ...KIOSK_ERROR_CODES, ...API_ERROR_CODES, 'generic']) {
        const message = lookup(MESSAGES[locale], `errors.${code}`);
        expect(typeof message, code).toBe('string');
        expect(message, code).not.toBe('');
      }
    });
  });
});

describe('wording', () => {
  it('English uses the words citizens know: organisation, business, image code, SMS code', () => {
    expect(lookup(en, 'userTypes.unit')).toBe('Organisation');
    expect(lookup(en, 'identity.legal')).toBe('Business or organisation');
    expect(lookup(en, 'fields.captcha')).toBe('Image code');
    expect(lookup(en, 'identity.bySms')).toBe('SMS code');
    for (const [key, value] of leaves(en)) expect(value, key).not.toMatch(/\bunits?\b|legal person|picture code|mobile code/i);
  });

  it.each(LOCALES)('%s: the required marker on a label is not the words of the required error', (locale) => {
    expect(lookup(MESSAGES[locale], 'form.required')).not.toBe(lookup(MESSAGES[locale], 'fieldErrors.required'));
  });

  it.each(LOCALES)('%s: home and the citizen menu name 政策咨询 alike', (locale) => {
    expect(lookup(MESSAGES[locale], 'userHome.menu.policy')).toBe(lookup(MESSAGES[locale], 'home.policy.title'));
  });

  it.each([
    ['zh-CN', '单位'],
    ['zh-TW', '單位'],
    ['en', 'organisation'],
  ] as const)('%s: the register card speaks to organisations too', (locale, word) => {
    expect(lookup(MESSAGES[locale], 'home.register.description')).toContain(word);
  });
});

describe('error messages', () => {
  it('send unknown codes to the generic message', () => {
    expect(errorMessageKey('api.timeout')).toBe('errors.api.timeout');
    expect(errorMessageKey('not_found')).toBe('errors.not_found');
    expect(errorMessageKey('api')).toBe('errors.generic');
    expect(errorMessageKey('something.new')).toBe('errors.generic');
  });
});
