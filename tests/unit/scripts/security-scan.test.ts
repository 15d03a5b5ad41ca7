import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOfflineTranslationError, TRANSLATION_HOST } from '../../../scripts/offline-translation-error.ts';
import { scanRunProblem } from '../../../scripts/scan-run.ts';

const guard = resolve(import.meta.dirname, '../../../scripts/offline-guard.ts');

/** got's error for a request that found no DNS entry for `host`. */
function requestError(host: string): Error {
  const error = new Error(`getaddrinfo ENOTFOUND ${host}`);
  return Object.assign(error, { name: 'RequestError', code: 'ENOTFOUND', options: { url: new URL(`https://${host}/en-US.json`) } });
}

/** Runs a stand-in scan under the guard: `throws` is thrown from a timer, then the "scan" finishes. */
function scanUnderGuard(throws: string) {
  const script = `setTimeout(() => { ${throws} }, 0); setTimeout(() => console.log('scan finished'), 50);`;
  const run = spawnSync(process.execPath, ['--import', guard, '--input-type=commonjs', '-e', script], { encoding: 'utf8' });
  return { status: run.status, finished: run.stdout.includes('scan finished'), problem: scanRunProblem(run, true) };
}

describe('security scan run', () => {
  it('is trusted only when Electronegativity exits 0 and wrote its report', () => {
    expect(scanRunProblem({ status: 0, signal: null }, true)).toBeNull();
    expect(scanRunProblem({ status: 7, signal: null }, true)).toMatch(/exit status 7/);
    expect(scanRunProblem({ status: 1, signal: null }, true)).toMatch(/exit status 1/);
    expect(scanRunProblem({ status: null, signal: 'SIGKILL' }, false)).toMatch(/SIGKILL/);
    expect(scanRunProblem({ status: 0, signal: null }, false)).toMatch(/no report/);
    expect(scanRunProblem({ status: null, signal: null, error: new Error('spawn ENOENT') }, false)).toMatch(/did not start/);
  });

  it('tells the offline translation download errors from any other error', () => {
    expect(isOfflineTranslationError(requestError(TRANSLATION_HOST))).toBe(true);
    expect(isOfflineTranslationError(new Error('The `onCancel` handler was attached after the promise settled.'))).toBe(true);
    expect(isOfflineTranslationError(requestError('example.com'))).toBe(false);
    expect(isOfflineTranslationError(new TypeError("Cannot read properties of undefined (reading 'type')"))).toBe(false);
    expect(isOfflineTranslationError(`getaddrinfo ENOTFOUND ${TRANSLATION_HOST}`)).toBe(false);
  });

  it('lets the scan finish and pass through the offline translation error', () => {
    const translation = `throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { name: 'RequestError', options: { url: new URL('https://${TRANSLATION_HOST}/en-US.json') } });`;
    expect(scanUnderGuard(translation)).toEqual({ status: 0, finished: true, problem: null });
  });

  it('fails the scan on any other uncaught error', () => {
    const result = scanUnderGuard("throw new TypeError('a real failure');");
    expect(result.finished).toBe(false);
    expect(result.problem).toMatch(/exit status 7/);
  });
});
