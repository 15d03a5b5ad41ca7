import { KioskExited } from '../host/launch.ts';
import { test, expect, testConfig, tap } from './support/fixtures.ts';

test('a broken configuration stops the kiosk with a message naming the bad key', async ({ launch, kioskRuntime }) => {
  test.skip(kioskRuntime !== 'host', 'the exit code is read from the host process');
  const error = await launch({ config: { ...testConfig('http://127.0.0.1:9'), idleTimeoutSeconds: 2 } }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(KioskExited);
  expect((error as KioskExited).code).toBe(78);
  expect((error as KioskExited).output).toContain('idleTimeoutSeconds');
});

test('with no central API configured, the kiosk starts the embedded reference API', async ({ launch }) => {
  const { centralApiUrl: _none, ...config } = testConfig('unused');
  const { page } = await launch({ config });
  await expect(page.getByTestId('connectivity')).toHaveAttribute('data-state', 'online');
  await tap(page.getByTestId('attract'));
  await tap(page.getByTestId('home-policy'));
  await expect(page.getByTestId('policy-document')).toContainText('第三条');
});
