/** The test host's `KIOSK_HOST_EVENT <name> <json>` lines (tests/host/electron/host-log.ts) of one kind, oldest first. */
export function hostEvents(output: string, name: string): Record<string, unknown>[] {
  const prefix = `KIOSK_HOST_EVENT ${name} `;
  return output
    .split('\n')
    .filter((line) => line.startsWith(prefix))
    .map((line) => JSON.parse(line.slice(prefix.length)) as Record<string, unknown>);
}
