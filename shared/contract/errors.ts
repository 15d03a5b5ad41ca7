import { z } from 'zod';

/**
 * Every error the central API answers has this one shape; `code` is what the
 * renderer translates, `message` is for logs only and never shown to citizens.
 * `fields` maps a request field to a field error code (shared/validation);
 * `retryAfterSeconds` says when a refused action may be tried again
 * (a locked account, an SMS code asked for too soon).
 */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string().min(1),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    retryAfterSeconds: z.number().int().nonnegative().optional(),
  }),
});

export type ApiError = z.infer<typeof apiErrorSchema>;

export { API_ERROR_CODES, type ApiErrorCode } from './error-codes.ts';
