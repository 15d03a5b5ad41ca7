import { z } from 'zod';
import { hallNameSchema } from '../../../shared/hall-name.ts';
import { LOCALES } from '../../../shared/locales.ts';

/** Terminal configuration: what IT sets per terminal. Unknown keys are errors (typos must not pass silently). */
export const configSchema = z.strictObject({
  /** Base URL of the central API; absent = start the embedded reference API on loopback. */
  centralApiUrl: z
    .url({ protocol: /^https?$/ })
    .optional(),
  terminalId: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'letters, digits, - and _ only, at most 64')
    .default('dev-terminal'),
  hallName: hallNameSchema.default('政务服务大厅'),
  defaultLocale: z.enum(LOCALES).default('zh-CN'),
  /** Seconds without a touch before the citizen's session is wiped. */
  idleTimeoutSeconds: z.number().int().min(30).max(300).default(90),
  /** How often the central API is probed, in seconds. */
  connectivityProbeSeconds: z.number().min(0.2).max(300).default(5),
  /** Timeout of one central API request, in milliseconds. */
  apiTimeoutMs: z.number().int().min(200).max(120_000).default(10_000),
  /** Full-screen kiosk window (false only for development). */
  kioskMode: z.boolean().default(true),
  /** System printer name for receipts; absent = the default printer. */
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
  terminalId: 'string',
  hallName: 'string',
  defaultLocale: 'string',
  idleTimeoutSeconds: 'number',
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
