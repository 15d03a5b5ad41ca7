import { z } from 'zod';
import { hallNameSchema } from '../../../shared/hall-name.ts';
import { LOCALES } from '../../../shared/locales.ts';
import { isLoopbackHost } from './loopback.ts';

/** Terminal configuration: what IT sets per terminal. Unknown keys are errors (typos must not pass silently). */
export const configSchema = z.strictObject({
  /**
   * Base URL of the central API; absent = start the embedded reference API on
   * loopback (development and demoMode only). Passwords and ID numbers travel
   * to it, so it must be https:// unless it is on this machine.
   */
  centralApiUrl: z
    .url({ protocol: /^https?$/ })
    .refine((url) => url.startsWith('https:') || isLoopbackHost(new URL(url).hostname), 'must be https:// unless it points at loopback')
    .optional(),
  /**
   * A demonstration terminal: without centralApiUrl a packaged build starts the
   * embedded reference API (with its development endpoints) instead of stopping,
   * and every screen says 演示模式 / Demo.
   */
  demoMode: z.boolean().default(false),
  terminalId: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'letters, digits, - and _ only, at most 64')
    .default('dev-terminal'),
  hallName: hallNameSchema.default('政务服务大厅'),
  defaultLocale: z.enum(LOCALES).default('zh-CN'),
  /** Seconds without a touch before the kiosk asks "还需要更多时间吗？". */
  idleTimeoutSeconds: z.number().int().min(10).max(600).default(90),
  /** Seconds that question stays up, counting down, before the session is wiped. */
  idleCountdownSeconds: z.number().int().min(5).max(120).default(20),
  /** How often the central API is probed, in seconds. */
  connectivityProbeSeconds: z.number().min(0.2).max(300).default(5),
  /** Timeout of one central API request, in milliseconds. */
  apiTimeoutMs: z.number().int().min(200).max(120_000).default(10_000),
  /** Full-screen kiosk window (false only for development). */
  kioskMode: z.boolean().default(true),
  /** System printer name for receipts (打印回执 prints there silently); absent = receipts are saved as PDFs in <userData>/receipts. */
  printerName: z.string().min(1).optional(),
  /** scrypt hash of the counter staff PIN (set by IT). */
  staffPinHash: z.string().min(1).optional(),
  logLevel: z.enum(['error', 'warn', 'info', 'verbose', 'debug']).default('info'),
});

export type KioskConfig = z.output<typeof configSchema>;
export type ConfigKey = keyof KioskConfig;

type Kind = 'string' | 'number' | 'boolean';

/** Environment overrides: KIOSK_<KEY IN SCREAMING SNAKE CASE>, with how each value is read. */
export const ENV_OVERRIDES: Record<ConfigKey, Kind> = {
  centralApiUrl: 'string',
  demoMode: 'boolean',
  terminalId: 'string',
  hallName: 'string',
  defaultLocale: 'string',
  idleTimeoutSeconds: 'number',
  idleCountdownSeconds: 'number',
  connectivityProbeSeconds: 'number',
  apiTimeoutMs: 'number',
  kioskMode: 'boolean',
  printerName: 'string',
  staffPinHash: 'string',
  logLevel: 'string',
};

export function envName(key: string): string {
  return `KIOSK_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
}
