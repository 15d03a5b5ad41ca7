// `npm run security`: Electronegativity (offline) over the main/preload
// sources and the built renderer. Any finding fails, except manual-review
// checks listed in REVIEWED with the reason they were accepted, and so does
// any failure of the scan itself.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { scanRunProblem } from './scan-run.ts';

const REVIEWED: Record<string, string> = {
  PRELOAD_JS_CHECK:
    'manual review: electron/preload/index.ts exposes only window.kiosk.invoke/on over an allow-list of channels; main validates every payload and sender',
};

const scanDir = '.tmp/security-scan';
const report = join(scanDir, 'report.sarif');
if (!existsSync('out/renderer/index.html')) {
  console.error('out/renderer is missing: run the build first');
  process.exit(1);
}
rmSync(scanDir, { recursive: true, force: true });
cpSync('electron', join(scanDir, 'app/electron'), { recursive: true });
cpSync('out/renderer', join(scanDir, 'app/renderer'), { recursive: true });

const electronVersion = (JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }).version;
const run = spawnSync(
  process.execPath,
  ['--import', './scripts/offline-guard.ts', 'node_modules/@doyensec/electronegativity/dist/index.js', '-i', join(scanDir, 'app'), '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck', '-o', report, '-r', '-v', 'false'],
  { stdio: 'inherit', env: { ...process.env, LANG: 'en-US' } },
);
const problem = scanRunProblem(run, existsSync(report));
if (problem) {
  console.error(problem);
  process.exit(1);
}
const sarif = JSON.parse(readFileSync(report, 'utf8')) as {
  runs: { results: { ruleId: string; message: { text: string }; locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[] }[] }[];
};
const results = sarif.runs.flatMap((r) => r.results);
const open = results.filter((r) => !(r.ruleId in REVIEWED));
for (const r of results.filter((r) => r.ruleId in REVIEWED)) console.log(`reviewed ${r.ruleId}: ${REVIEWED[r.ruleId]}`);
for (const r of open) console.log(`FINDING ${r.ruleId} ${r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? ''}: ${r.message.text}`);
console.log(`electronegativity: ${open.length} finding(s), ${results.length - open.length} reviewed`);
process.exit(open.length ? 1 : 0);
