import type { Locale } from '../../shared/locales.ts';

/** Each language's name in that language, for the language switch. */
export const LOCALE_NAMES: Record<Locale, string> = {
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文',
  en: 'English',
};
