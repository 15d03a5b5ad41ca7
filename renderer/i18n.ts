import { createI18n } from 'vue-i18n';
import { DEFAULT_LOCALE } from '../shared/locales.ts';
import type { Locale } from '../shared/locales.ts';
import zhCN from './locales/zh-CN.ts';
import type { Messages } from './locales/zh-CN.ts';
import zhTW from './locales/zh-TW.ts';
import en from './locales/en.ts';

declare module 'vue-i18n' {
  // Types every t('key') in the renderer against the reference locale.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends Messages {}
}

export const i18n = createI18n<[Messages], Locale, false>({
  legacy: false,
  locale: DEFAULT_LOCALE,
  fallbackLocale: DEFAULT_LOCALE,
  messages: { 'zh-CN': zhCN, 'zh-TW': zhTW, en },
});

/** Shows the UI in `locale` and tells the document, for screen readers and CJK glyph choice. */
export function applyLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  document.documentElement.lang = locale;
}
