import type { Page } from '@playwright/test';
import { CATALOGS } from '../../shared/catalog/catalogs.ts';
import type { CatalogName } from '../../shared/catalog/catalogs.ts';
import type { UserType } from '../../shared/validation/kinds.ts';
import { test, expect, tap } from './support/fixtures.ts';
import { beginApplication, expectStep, logInCitizen, logInUnit, openKind } from './support/application-flows.ts';
import { expectEveryFieldAboveKeyboard, expectPrimaryActionInView } from './support/layout.ts';

/**
 * Every category's form, as an account of its type sees it: on 填报说明 the
 * main action is in view; on 申报填写 every field stays above the keyboard
 * while it is typed into, and 下一步 stays in view.
 */
async function everyCategory(page: Page, catalog: CatalogName, applicantType: UserType): Promise<void> {
  for (const category of CATALOGS[catalog].categories.filter((candidate) => candidate.applicantType === applicantType)) {
    await openKind(page, category.indicatorKind);
    await beginApplication(page, category.applicationTypes[0]!, category.id);
    await expectPrimaryActionInView(page, 'wizard-next');
    await tap(page.getByTestId('check-acknowledge'));
    await tap(page.getByTestId('wizard-next'));
    await expectStep(page, 'form');
    // The own car's plate shows only with 是: show it too (the catalog says which categories ask).
    if (category.fields.some((field) => field.name === 'hasCar')) await tap(page.getByTestId('choice-hasCar-yes'));
    await expectPrimaryActionInView(page, 'wizard-next');
    await expectEveryFieldAboveKeyboard(page, 'application-form', 'wizard-next');
  }
}

test.describe('Hainan', () => {
  test('a person: every category’s form, every field above the keyboard, in Chinese', async ({ kiosk, api }) => {
    test.setTimeout(300_000);
    await logInCitizen(api, kiosk.page);
    await everyCategory(kiosk.page, 'hainan', 'personal');
  });

  test('an organisation: every category’s form, every field above the keyboard, in English', async ({ kiosk, api }) => {
    test.setTimeout(300_000);
    await tap(kiosk.page.getByTestId('lang-en'));
    await logInUnit(api, kiosk.page);
    await expect(kiosk.page.locator('html')).toHaveAttribute('lang', 'en');
    await everyCategory(kiosk.page, 'hainan', 'unit');
  });
});

test.describe('Hangzhou', () => {
  test.use({ apiCatalog: 'hangzhou' });

  test('a person: every category’s form, every field above the keyboard', async ({ kiosk, api }) => {
    test.setTimeout(300_000);
    await logInCitizen(api, kiosk.page);
    await everyCategory(kiosk.page, 'hangzhou', 'personal');
  });
});
