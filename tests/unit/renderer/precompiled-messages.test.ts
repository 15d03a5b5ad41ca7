// The build ships vue-i18n without its message compiler and the messages
// precompiled (vite-plugins/precompiled-messages.ts): each must render exactly
// as its source string does with the compiler.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from 'vue-i18n';
import { LOCALES } from '../../../shared/locales.ts';
import zhCN from '../../../renderer/locales/zh-CN.ts';
import zhTW from '../../../renderer/locales/zh-TW.ts';
import en from '../../../renderer/locales/en.ts';
import { precompileMessages } from '../../../vite-plugins/precompiled-messages.ts';

const MESSAGES = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

declare global {
  var __INTLIFY_DROP_MESSAGE_COMPILER__: boolean | undefined;
}

/** `t` over `messages`, with vue-i18n's compiler as in the dev build or dropped as in the production build. */
function translator(messages: object, compiler: 'with compiler' | 'without compiler') {
  const i18n = createI18n({ legacy: false, locale: 'x', missingWarn: false, fallbackWarn: false, messages: { x: messages as never } });
  const { t } = i18n.global as unknown as { t: (key: string, ...args: unknown[]) => string };
  return (key: string, ...args: unknown[]): string => {
    globalThis.__INTLIFY_DROP_MESSAGE_COMPILER__ = compiler === 'without compiler';
    return t(key, ...args);
  };
}

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`)));
}

// Without the compiler, a development build of vue-i18n warns for each plain
// string it returns as it is (the production build does not): not a failure.
beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => undefined));
afterEach(() => {
  globalThis.__INTLIFY_DROP_MESSAGE_COMPILER__ = undefined;
  vi.restoreAllMocks();
});

describe('precompiled messages', () => {
  it.each(LOCALES)('%s renders every message as its source does', (locale) => {
    const source = translator(MESSAGES[locale], 'with compiler');
    const built = translator(precompileMessages(MESSAGES[locale]), 'without compiler');
    const named = { terminalId: 'HK-03', version: '0.1.0', phone: '135****0001', date: '2026-01-01', seconds: 30, count: 2 };
    for (const key of keys(MESSAGES[locale])) expect(built(key, named), key).toBe(source(key, named));
  });

  it('keeps plain text as strings and compiles the rest', () => {
    const built = precompileMessages(zhCN) as { attract: Record<string, unknown> };
    expect(built.attract.prompt).toBe(zhCN.attract.prompt);
    expect(typeof built.attract.terminal).toBe('object');
  });

  it('renders plurals, linked messages and literals without the compiler', () => {
    const tree = { apples: 'no apples | one apple | {count} apples', plain: 'text', linked: 'see @:plain', literal: "{'{'}braces{'}'}" };
    const source = translator(tree, 'with compiler');
    const built = translator(precompileMessages(tree), 'without compiler');
    for (const [key, ...args] of [['apples', 0], ['apples', 1], ['apples', 5], ['linked'], ['literal']] as [string, ...unknown[]][]) {
      expect(built(key, ...args), key).toBe(source(key, ...args));
    }
    expect(built('apples', 5)).toBe('5 apples');
    expect(built('literal')).toBe('{braces}');
  });

  it('refuses a message that does not compile, naming its key', () => {
    expect(() => precompileMessages({ account: { currentPhone: 'Current mobile: {phone' } })).toThrow(/account\.currentPhone/);
  });
});
