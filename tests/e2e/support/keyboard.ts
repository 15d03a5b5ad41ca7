import { expect, type Locator, type Page } from '@playwright/test';
import { tap, touchAt } from './fixtures.ts';

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

interface KeyboardView {
  layout: string | null;
  /** Centre of the wanted key when it is on screen. */
  target: { x: number; y: number } | null;
  /** Centres of the switch keys on screen, by button. */
  switches: Record<string, { x: number; y: number }>;
}

/** Reads the keyboard in one round trip: its layout, where the key is, which switch keys show. */
function look(page: Page, button: string): Promise<KeyboardView> {
  return page.evaluate(
    ([wanted, switchKeys]) => {
      const board = document.querySelector('[data-testid="touch-keyboard"]');
      const centre = (name: string) => {
        const element = board?.querySelector(`[data-skbtn="${CSS.escape(name)}"]`);
        const box = element?.getBoundingClientRect();
        return box && box.width > 0 && box.height > 0 ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
      };
      const switches: Record<string, { x: number; y: number }> = {};
      for (const name of switchKeys) {
        const at = centre(name);
        if (at) switches[name] = at;
      }
      return { layout: board?.getAttribute('data-layout') ?? null, target: centre(wanted), switches };
    },
    [button, SWITCH_KEYS] as const,
  );
}

/** The switch key that brings `button` closer from the layout on screen, or undefined. */
function switchTowards(layout: string | null, button: string, shown: readonly string[]): string | undefined {
  const has = (name: string) => shown.includes(name);
  const letter = /^[a-zA-Z]$/.test(button);
  if (layout === 'pinyin' && has('{lang}')) return '{lang}';
  if (layout === 'symbols' && has('{abc}')) return '{abc}';
  if (letter && layout === 'latin' && button !== button.toLowerCase() && has('{shift}')) return '{shift}';
  if (letter && layout === 'latinShift' && button !== button.toUpperCase() && has('{shift}')) return '{shift}';
  if (!letter && has('{symbols}')) return '{symbols}';
  return shown[0];
}

/**
 * Touches one key; first switches layout (中/英, shift, symbols) when the key
 * is not on screen, or when a Latin letter would spell pinyin instead.
 */
export async function pressKey(page: Page, button: string): Promise<void> {
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const view = await look(page, button);
    const spellsPinyin = view.layout === 'pinyin' && /^[a-z]$/.test(button);
    if (view.target && !spellsPinyin) return touchAt(page, view.target);
    const switcher = switchTowards(view.layout, button, Object.keys(view.switches));
    if (!switcher) break;
    await touchAt(page, view.switches[switcher]!);
  }
  throw new Error(`no key ${button} on the ${await keyboard(page).getAttribute('data-kind')} keyboard`);
}

/** Spells one pinyin letter (the keyboard must be on its pinyin layout). */
async function spell(page: Page, letter: string): Promise<void> {
  const view = await look(page, letter);
  if (view.layout !== 'pinyin' || !view.target) throw new Error(`cannot spell ${letter} on the ${view.layout} layout`);
  await touchAt(page, view.target);
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
    if ((await keyboard(page).getAttribute('data-layout')) !== 'pinyin') await tap(key(page, '{lang}'));
    for (const letter of pinyin) await spell(page, letter);
    await pickCandidate(page, character);
  }
  await pressKey(page, '{done}');
}

/** Touches a candidate, paging the candidate bar forward until it shows. */
async function pickCandidate(page: Page, character: string): Promise<void> {
  const candidate = page.getByTestId(`kb-candidate-${character}`);
  // The pinyin table loads with the first keyboard: wait for the syllable's first candidates before paging.
  await expect(page.getByTestId('kb-candidates').locator('[data-testid^="kb-candidate-"]').first()).toBeVisible();
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
