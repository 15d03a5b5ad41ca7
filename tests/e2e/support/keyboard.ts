import { expect, type Locator, type Page } from '@playwright/test';
import { tap } from './fixtures.ts';

/**
 * Typing the way a citizen does: touch the field, then touch keys of the
 * on-screen keyboard (never page.fill or the physical keyboard).
 */
const SWITCH_KEYS = ['{shift}', '{symbols}', '{abc}', '{lang}'] as const;

function keyboard(page: Page): Locator {
  return page.getByTestId('touch-keyboard');
}

function key(page: Page, button: string): Locator {
  return keyboard(page).locator(`[data-skbtn="${button.replace(/["\\]/g, '\\$&')}"]`);
}

/** Touches one key; switches layout (shift, symbols, 中/英) until the key is on screen. */
export async function pressKey(page: Page, button: string): Promise<void> {
  for (let attempt = 0; attempt < 6; attempt += 1) {
    if (await key(page, button).isVisible()) return tap(key(page, button));
    // Try the switch keys in turn (shift, then symbols...), so no two layouts trap the search.
    const switchers = await visibleKeys(page, SWITCH_KEYS);
    if (switchers.length === 0) break;
    await tap(key(page, switchers[attempt % switchers.length]!));
  }
  throw new Error(`no key ${button} on the ${await keyboard(page).getAttribute('data-kind')} keyboard`);
}

async function visibleKeys(page: Page, buttons: readonly string[]): Promise<string[]> {
  const shown: string[] = [];
  for (const button of buttons) if (await key(page, button).isVisible()) shown.push(button);
  return shown;
}

/** Touches the input `input-<name>` so the keyboard opens for it. */
export async function touchField(page: Page, name: string): Promise<Locator> {
  const input = page.getByTestId(`input-${name}`);
  await tap(input);
  await expect(input).toHaveAttribute('data-active', 'true');
  return input;
}

/** Types `text` (ASCII, `*`, `·`) into the field by touching keys, then leaves it with 完成. */
export async function typeInto(page: Page, name: string, text: string): Promise<void> {
  await touchField(page, name);
  await clearWithKey(page);
  for (const character of text) await pressKey(page, character === ' ' ? '{space}' : character);
  await pressKey(page, '{done}');
}

/** A Chinese text: each character spelled in pinyin, then picked from the candidates. */
export type Hanzi = readonly (readonly [pinyin: string, character: string])[];

export async function typeChinese(page: Page, name: string, hanzi: Hanzi): Promise<void> {
  await touchField(page, name);
  await clearWithKey(page);
  for (const [pinyin, character] of hanzi) {
    if (pinyin === '*' || pinyin === '·') {
      await pressKey(page, pinyin === '*' ? '{rare}' : '·');
      continue;
    }
    for (const letter of pinyin) await pressKey(page, letter);
    await pickCandidate(page, character);
  }
  await pressKey(page, '{done}');
}

/** Touches a candidate, paging the candidate bar forward until it shows. */
async function pickCandidate(page: Page, character: string): Promise<void> {
  const candidate = page.getByTestId(`kb-candidate-${character}`);
  for (let pageTurns = 0; pageTurns < 10 && !(await candidate.isVisible()); pageTurns += 1) {
    await tap(page.getByTestId('kb-candidates-next'));
  }
  await tap(candidate);
}

async function clearWithKey(page: Page): Promise<void> {
  const input = keyboard(page);
  await expect(input).toBeVisible();
  await pressKey(page, '{clear}');
}
