import chinese from 'simple-keyboard-layouts/build/layouts/chinese.js';

/**
 * Pinyin syllable → characters, most common first, from simple-keyboard-layouts'
 * Chinese layout (its typings leave the candidates out). ü is typed as v (lv, nv).
 */
const CANDIDATES: Readonly<Record<string, string>> = (chinese as { layoutCandidates?: Record<string, string> }).layoutCandidates ?? {};

/** The longest syllable in the table: more letters than this can never match. */
export const MAX_PINYIN_LENGTH = Math.max(...Object.keys(CANDIDATES).map((syllable) => syllable.length));

/** The characters for a whole pinyin syllable (no tones), or none. */
export function candidatesFor(pinyin: string): string[] {
  if (!Object.hasOwn(CANDIDATES, pinyin)) return [];
  return CANDIDATES[pinyin]?.split(' ').filter(Boolean) ?? [];
}
