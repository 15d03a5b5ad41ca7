import { expect, type Locator, type Page } from '@playwright/test';
import { tap } from './fixtures.ts';
import { pressKey } from './keyboard.ts';

/**
 * Layout checks at the kiosk's screen: what a citizen must be able to see
 * and touch, measured in the page (viewport pixels).
 */

/** 'ok' when the element lies inside the window, above the keyboard if it is open, with nothing drawn over it; else what is wrong. */
function placement(target: Locator): Promise<string> {
  return target.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const keyboard = document.querySelector('[data-testid="touch-keyboard"]')?.getBoundingClientRect();
    const keyboardTop = keyboard && keyboard.height > 0 ? keyboard.top : window.innerHeight;
    const x = box.left + box.width / 2;
    const reached = (y: number) => {
      const hit = document.elementFromPoint(x, y);
      return hit !== null && (hit === element || element.contains(hit));
    };
    const at = `${Math.round(box.top)}-${Math.round(box.bottom)} px`;
    if (box.top < 0 || box.left < 0 || box.right > window.innerWidth || box.bottom > window.innerHeight) return `outside the window (${at})`;
    if (box.bottom > keyboardTop) return `under the keyboard (${at}, keyboard top ${Math.round(keyboardTop)} px)`;
    if (!reached(box.top + 2) || !reached(box.bottom - 2)) return `covered by something else (${at})`;
    return 'ok';
  });
}

/** The element is fully in view: inside the window, above the keyboard when it is open, not covered. */
export async function expectFullyInView(target: Locator, what: string): Promise<void> {
  await expect.poll(() => placement(target), { message: what }).toBe('ok');
}

/** The screen's main action (e.g. 提交) is fully in view: on arrival, and while typing above the keyboard. */
export async function expectPrimaryActionInView(page: Page, testid: string): Promise<void> {
  await expectFullyInView(page.getByTestId(testid), `the main action ${testid} is in view`);
}

/**
 * Touches every field of the form `formTestId` (each `input-*` in it) and
 * checks that, while the keyboard types into it, the field is fully in view
 * above the keyboard; with `primaryAction`, that the form's main action is too.
 */
export async function expectEveryFieldAboveKeyboard(page: Page, formTestId: string, primaryAction?: string): Promise<void> {
  const inputs = page.getByTestId(formTestId).locator('[data-testid^="input-"]');
  // Screens load lazily: wait for the form to be there before counting its fields.
  await expect(inputs.first()).toBeVisible();
  const count = await inputs.count();
  expect(count, `${formTestId} has fields`).toBeGreaterThan(0);
  for (let index = 0; index < count; index += 1) {
    const input = inputs.nth(index);
    const name = await input.getAttribute('data-testid');
    await tap(input);
    await expect(input).toHaveAttribute('data-active', 'true');
    await expectFullyInView(input, `${formTestId}: ${name} is above the keyboard while typing`);
    if (primaryAction) await expectPrimaryActionInView(page, primaryAction);
    await pressKey(page, '{done}');
    await expect(page.getByTestId('touch-keyboard')).toBeHidden();
  }
}
