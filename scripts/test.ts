// `npm test`: builds the app as shipped, runs the unit tests (vitest) and the
// e2e tests (Playwright, through the Electron test host), then prints one
// closing line with the totals of both.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const UNIT_REPORT = 'test-results/unit.json';
const E2E_REPORT = 'test-results/e2e.json';

function run(command: string, args: string[]): boolean {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', shell: false }).status === 0;
}

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null;
}

rmSync('test-results', { recursive: true, force: true });
const bin = (name: string) => `node_modules/.bin/${name}`;

if (!run(bin('electron-vite'), ['build'])) {
  console.log('\nbuild failed: no tests ran');
  process.exit(1);
}
const unitOk = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${UNIT_REPORT}`]);
const e2eOk = run(bin('playwright'), ['test']);

const unit = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(UNIT_REPORT);
const e2e = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(E2E_REPORT);

const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats.expected ?? 0);
const failed = (unit?.numFailedTests ?? 0) + (e2e?.stats.unexpected ?? 0) + (e2e?.stats.flaky ?? 0);
const skipped = (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0) + (e2e?.stats.skipped ?? 0);
const missing = [!unit && 'unit', !e2e && 'e2e'].filter(Boolean);

console.log(`\nunit: ${unit?.numPassedTests ?? 0} passed, ${unit?.numFailedTests ?? 0} failed; e2e: ${e2e?.stats.expected ?? 0} passed, ${(e2e?.stats.unexpected ?? 0) + (e2e?.stats.flaky ?? 0)} failed`);
if (missing.length) console.log(`no report from: ${missing.join(', ')}`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(unitOk && e2eOk && failed === 0 && missing.length === 0 && passed > 0 ? 0 : 1);
