import axios from 'axios';
import { GRANT_SCHEME } from '../../../../shared/contract/grants.ts';
import { API_PATHS, apiPath } from '../../../../shared/contract/paths.ts';
import { KioskError } from '../../errors.ts';
import type { OutboxSend } from './delivery.ts';
import type { OutboxEntry } from './entry.ts';

export interface HttpSenderOptions {
  /** The central API's base URL, as the ApiClient has it. */
  baseUrl: string;
  terminalId: string;
  /** The kiosk's version, for User-Agent. */
  version: string;
  timeoutMs: number;
}

/** The method, path and body of an entry's request. */
function requestOf(entry: OutboxEntry): { url: string; data: unknown } {
  switch (entry.kind) {
    case 'application.submit':
      return { url: API_PATHS.applications, data: entry.body };
    case 'application.cancel':
      return { url: apiPath(API_PATHS.applicationCancellation, { code: (entry.body as { code: string }).code }), data: {} };
    case 'ladder.enrol':
      return { url: API_PATHS.ladderEnrolment, data: {} };
  }
}

/**
 * The outbox's sender over axios, with the headers the ApiClient sends
 * (X-Terminal-Id, User-Agent) and the entry's own: `Authorization: Grant
 * <grant>` (the citizen's session may be long gone) and its id as the
 * Idempotency-Key. Every status is answered, not thrown; no answer at all
 * throws api.timeout or api.unreachable.
 */
export function createHttpSender(options: HttpSenderOptions): OutboxSend {
  const http = axios.create({
    baseURL: options.baseUrl,
    timeout: options.timeoutMs,
    headers: { 'X-Terminal-Id': options.terminalId, 'User-Agent': `quota-kiosk/${options.version}` },
    validateStatus: () => true,
    maxRedirects: 0,
  });
  return async (entry, signal) => {
    const { url, data } = requestOf(entry);
    try {
      const response = await http.post(url, data, {
        signal,
        headers: { Authorization: `${GRANT_SCHEME} ${entry.grant}`, 'Idempotency-Key': entry.id },
      });
      return { status: response.status, body: response.data as unknown };
    } catch (error) {
      const timedOut = axios.isAxiosError(error) && (error.code === 'ECONNABORTED' || error.code === 'ETIMEDOUT');
      throw timedOut
        ? new KioskError('api.timeout', 'the central API did not answer in time')
        : new KioskError('api.unreachable', `the central API is unreachable (${(error as Error).message})`);
    }
  };
}
