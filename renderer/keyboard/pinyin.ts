import { shallowRef } from 'vue';

/**
 * Pinyin syllable → characters, most common first, from simple-keyboard-layouts'
 * Chinese layout (its typings leave the candidates out). ü is typed as v (lv, nv).
 * The table is large, so it loads when a keyboard first opens (loadPinyin),
 * not with the start screen; until then no syllable has candidates.
 */
const table = shallowRef<Readonly<Record<string, string>> | null>(null);
let loading: Promise<void> | null = null;

/** Loads the table once; later calls wait for the same load. */
export function loadPinyin(): Promise<void> {
  loading ??= import('simple-keyboard-layouts/build/layouts/chinese.js').then((module) => {
    const chinese = (module.default ?? module) as { layoutCandidates?: Record<string, string> };
    table.value = chinese.layoutCandidates ?? {};
  });
  return loading;
}

/** The longest syllable there is (zhuang, shuang, chuang): more letters than this can never match. */
export const MAX_PINYIN_LENGTH = 6;

/** The characters for a whole pinyin syllable (no tones), or none (also while the table is loading). */
export function candidatesFor(pinyin: string): string[] {
  const candidates = table.value;
  if (!candidates || !Object.hasOwn(candidates, pinyin)) return [];
  return candidates[pinyin]?.split(' ').filter(Boolean) ?? [];
}

/** The syllables of the loaded table (for its tests). */
export const loadedSyllables = (): string[] => Object.keys(table.value ?? {});
