import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Noto CJK draws some ideographs with the glyph of a radical, and Chromium's
 * PDF names them by the radical's code point (⼩ for 小, ⻋ for 车): read
 * back as the ideographs the page shows. Kangxi radicals go by NFKC, but for
 * ⼾, which NFKC makes the traditional 戶.
 */
const RADICALS: Record<string, string> = {
  '⼾': '户',
  '⻋': '车',
  '⻓': '长',
  '⻔': '门',
  '⻚': '页',
  '⻅': '见',
  '⻛': '风',
  '⻜': '飞',
  '⻢': '马',
  '⻉': '贝',
  '⻄': '西',
  '⻘': '青',
  '⻝': '食',
  '⻰': '龙',
};

const asShown = (text: string) => text.replace(/[\u2e80-\u2fdf]/g, (character) => RADICALS[character] ?? character.normalize('NFKC'));

/** The text of every page of a PDF file, as a reader would copy it out (pdf.js, no rendering). */
export async function pdfText(file: string): Promise<string> {
  const loading = getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 });
  const document = await loading.promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await loading.destroy();
  return asShown(pages.join('\n'));
}
