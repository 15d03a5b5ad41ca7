import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_PINYIN_LENGTH, candidatesFor, loadPinyin, loadedSyllables } from '../../../../renderer/keyboard/pinyin.ts';

describe('pinyin candidates', () => {
  it('has none before the table has loaded', () => {
    expect(candidatesFor('zhang')).toEqual([]);
  });

  describe('once loaded', () => {
    beforeAll(() => loadPinyin());

    it('gives the characters of a whole syllable, common first', () => {
      const zhang = candidatesFor('zhang');
      expect(zhang).toContain('张');
      expect(zhang.slice(0, 3)).toEqual(['长', '张', '章']);
      expect(candidatesFor('lv')).toContain('绿');
    });

    it('gives nothing for a partial or unknown spelling', () => {
      expect(candidatesFor('')).toEqual([]);
      expect(candidatesFor('zh')).toEqual([]);
      expect(candidatesFor('xyz')).toEqual([]);
      expect(candidatesFor('constructor')).toEqual([]);
    });

    it('knows the longest syllable of the table', () => {
      expect(MAX_PINYIN_LENGTH).toBe(Math.max(...loadedSyllables().map((syllable) => syllable.length)));
    });
  });
});
