// `npm start`: the kiosk as built, in Electron (electron-vite preview). Where
// there is no Electron binary it says so, and how to get one, instead of
// electron-vite's bare "Error: Electron uninstall".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { electronBinary } from '../tests/e2e/support/electron-binary.ts';

/** The binary electron-vite will run (ELECTRON_EXEC_PATH first, as it does), or null. */
function binary(): string | null {
  const given = process.env.ELECTRON_EXEC_PATH;
  return given ? (existsSync(given) ? given : null) : electronBinary();
}

if (!binary()) {
  const { version } = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string };
  console.error(`npm start: no Electron binary${process.env.ELECTRON_EXEC_PATH ? ` at ELECTRON_EXEC_PATH=${process.env.ELECTRON_EXEC_PATH}` : ''}.

node_modules/electron holds Electron's JavaScript package, not the program:
its install script downloads Electron ${version} from GitHub, which failed or was
skipped (ELECTRON_SKIP_BINARY_DOWNLOAD=1). To get it:
  node node_modules/electron/install.js          where GitHub is reachable
  ELECTRON_MIRROR=<mirror URL> node node_modules/electron/install.js
                                                 through a mirror of Electron's releases
  ELECTRON_EXEC_PATH=/path/to/electron npm start  an Electron ${version} unpacked elsewhere

Meanwhile \`npm run start:browser\` runs the same kiosk, as built, in Chromium.`);
  process.exit(1);
}
const run = spawnSync('node_modules/.bin/electron-vite', ['preview', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
