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
