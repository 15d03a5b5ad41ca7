import type { SpawnSyncReturns } from 'node:child_process';

/** Why a run of Electronegativity cannot be trusted, or null when it ran to the end (status 0) and wrote its report. */
export function scanRunProblem(run: Pick<SpawnSyncReturns<unknown>, 'status' | 'signal' | 'error'>, reportWritten: boolean): string | null {
  if (run.error) return `electronegativity did not start: ${run.error.message}`;
  if (run.signal) return `electronegativity was killed by ${run.signal}`;
  if (run.status !== 0) return `electronegativity failed with exit status ${run.status} (its output is above)`;
  if (!reportWritten) return 'electronegativity wrote no report';
  return null;
}
