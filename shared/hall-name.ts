import { z } from 'zod';

const name = z.string().trim().min(1).max(60);

/**
 * The service hall's name, shown on every screen: one name, or one per
 * language (zh-CN required, the fallback for a language without its own).
 */
export const hallNameSchema = z.union([name, z.strictObject({ 'zh-CN': name, 'zh-TW': name.optional(), en: name.optional() })]);

export type HallName = z.infer<typeof hallNameSchema>;
