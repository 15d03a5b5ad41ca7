import { z } from 'zod';

/**
 * Every error the central API answers has this one shape; `code` is what the
 * renderer translates, `message` is for logs only and never shown to citizens.
 */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string().min(1),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});

export type ApiError = z.infer<typeof apiErrorSchema>;

/** Codes the reference server answers with; the kiosk adds its own transport codes. */
export const API_ERROR_CODES = [
  'validation_failed',
  'not_found',
  'method_not_allowed',
  'payload_too_large',
  'internal_error',
] as const;

export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
