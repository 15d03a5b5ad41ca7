/**
 * One line per thing the host saw that a test may need to check and that
 * the page cannot show (a key main swallowed, a window.open main refused, a
 * power-save blocker): `KIOSK_HOST_EVENT <name> <json>` on stdout, read by
 * the e2e tests from the kiosk's output.
 */
export function hostLog(name: string, detail: Record<string, unknown>): void {
  process.stdout.write(`KIOSK_HOST_EVENT ${name} ${JSON.stringify(detail)}\n`);
}
