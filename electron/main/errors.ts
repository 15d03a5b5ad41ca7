/** An error that crosses the IPC boundary as `{ code, message, fields? }`; the renderer translates the code. */
export class KioskError extends Error {
  readonly code: string;
  readonly fields: Record<string, string> | undefined;
  constructor(code: string, message: string, fields?: Record<string, string>) {
    super(message);
    this.name = 'KioskError';
    this.code = code;
    this.fields = fields;
  }
}
