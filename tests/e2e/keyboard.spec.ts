import { test, expect, tap } from './support/fixtures.ts';
import { openHome, openRegistration } from './support/account-flows.ts';
import { touchField } from './support/keyboard.ts';

test('a name field opens on Latin letters for a passport or a foreign permanent ID, on pinyin otherwise', async ({ kiosk }) => {
  const { page } = kiosk;
  const keyboard = page.getByTestId('touch-keyboard');
  await openHome(page);
  await openRegistration(page, 'personal');
  for (const [idType, layout] of [
    ['passport', 'latin'],
    ['foreign_permanent_id', 'latin'],
    ['hk_macao_permit', 'pinyin'],
    ['resident_id', 'pinyin'],
  ] as const) {
    await tap(page.getByTestId(`choice-idType-${idType}`));
    await touchField(page, 'name');
    await expect(keyboard, idType).toHaveAttribute('data-layout', layout);
    await tap(keyboard.locator('[data-skbtn="{done}"]'));
    await expect(keyboard).toBeHidden();
  }
});
