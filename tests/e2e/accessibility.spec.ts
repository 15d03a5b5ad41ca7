import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, tap } from './support/fixtures.ts';

// meta-viewport is left out on purpose: a public terminal must not be left
// pinch-zoomed by one citizen for the next; text is large by design instead
// (body >= 24px, controls >= 32px; see renderer/styles/tokens.css).
const audit = (page: Page) =>
  new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).disableRules(['meta-viewport']).analyze();

test('attract, home and policy screens pass an axe WCAG 2.1 AA audit in zh-CN and en', async ({ kiosk }) => {
  const { page } = kiosk;
  for (const locale of ['zh-CN', 'en']) {
    await expect(page.getByTestId('attract')).toBeVisible();
    await tap(page.getByTestId(`lang-${locale}`));
    expect((await audit(page)).violations, `attract ${locale}`).toEqual([]);
    await tap(page.getByTestId('attract'));
    await expect(page.getByTestId('home')).toBeVisible();
    expect((await audit(page)).violations, `home ${locale}`).toEqual([]);
    await tap(page.getByTestId('home-policy'));
    await expect(page.getByTestId('policy-document')).toContainText(/\S/);
    expect((await audit(page)).violations, `policy ${locale}`).toEqual([]);
    await tap(page.getByTestId('policy-back'));
    await tap(page.getByTestId('home-back'));
  }
});
