import type { LocalisedText } from '../../contract/catalog-text.ts';

/** A catalog text: Simplified Chinese, Traditional Chinese, English. */
export function t(zhCN: string, zhTW: string, en: string): LocalisedText {
  return { 'zh-CN': zhCN, 'zh-TW': zhTW, en };
}

/** How a catalog names its own jurisdiction in running text: 本省 (Hainan), 本市 (Hangzhou). */
export type Place = { local: LocalisedText; plate: string[] };
