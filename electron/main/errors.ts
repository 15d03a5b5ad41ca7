/** An error that crosses the IPC boundary as `{ code, message, fields?, retryAfterSeconds? }`; the renderer translates the code. */
export class KioskError extends Error {
  readonly code: string;
  readonly fields: Record<string, string> | undefined;
  readonly retryAfterSeconds: number | undefined;
  constructor(code: string, message: string, fields?: Record<string, string>, retryAfterSeconds?: number) {
    super(message);
    this.name = 'KioskError';
    this.code = code;
    this.fields = fields;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** No answer came from the central API (unreachable, timed out, or a gateway that could not reach it): it may or may not have done the work. */
export const NO_ANSWER_CODES: readonly string[] = ['api.unreachable', 'api.timeout'];

export const isNoAnswer = (error: unknown): boolean => error instanceof KioskError && NO_ANSWER_CODES.includes(error.code);
