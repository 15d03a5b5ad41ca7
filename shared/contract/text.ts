import { z } from 'zod';
import { normaliseName } from '../validation/name.ts';

/**
 * Request strings carry only a size bound in the schema; their rules live in
 * shared/validation, which both sides run so each field gets its own code.
 */
export const shortText = z.string().max(64);
export const longText = z.string().max(200);

/** The picture code a guarded request carries: the captcha's id and the answer typed. */
export const captchaFields = { captchaId: shortText, captchaAnswer: shortText };

/** A person's or unit's name: parsed NFKC-normalised and trimmed (normaliseName), so the server stores what it checked. */
export const personNameText = shortText.transform(normaliseName);
export const unitNameText = longText.transform(normaliseName);

/** The body of a request that carries nothing: an empty JSON object, or no body at all. */
export const emptyRequestSchema = z.strictObject({}).nullable().describe('An empty JSON object, or no body');
