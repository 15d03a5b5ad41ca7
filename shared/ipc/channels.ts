import { z } from 'zod';
import { LOCALES } from '../locales.ts';
import { catalogDocumentIdSchema, catalogDocumentSchema } from '../contract/catalog.ts';
import type { EventChannel, InvokeChannel } from './names.ts';

const localeSchema = z.enum(LOCALES);

export const appInfoSchema = z.object({
  version: z.string(),
  terminalId: z.string(),
  hallName: z.string(),
  defaultLocale: localeSchema,
  idleTimeoutSeconds: z.number().int().positive(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const connectivityStateSchema = z.object({
  /** null until the first probe has answered or failed. */
  online: z.boolean().nullable(),
  checkedAt: z.iso.datetime().nullable(),
});
export type ConnectivityState = z.infer<typeof connectivityStateSchema>;

/** The one IPC contract: channel -> request schema -> response schema. */
export const invokeChannels = {
  'app:info': { request: z.undefined(), response: appInfoSchema },
  'connectivity:get': { request: z.undefined(), response: connectivityStateSchema },
  'catalog:document': {
    request: z.strictObject({ id: catalogDocumentIdSchema, locale: localeSchema }),
    response: catalogDocumentSchema,
  },
} as const satisfies Record<InvokeChannel, { request: z.ZodType; response: z.ZodType }>;

/** Events main -> renderer: channel -> payload schema. */
export const eventChannels = {
  'connectivity:changed': connectivityStateSchema,
} as const satisfies Record<EventChannel, z.ZodType>;

export type InvokeRequest<C extends InvokeChannel> = z.input<(typeof invokeChannels)[C]['request']>;
export type InvokeResponse<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['response']>;
export type EventPayload<E extends EventChannel> = z.output<(typeof eventChannels)[E]>;
