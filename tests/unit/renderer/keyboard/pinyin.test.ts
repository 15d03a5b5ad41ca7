import { describe, expect, it } from 'vitest';
import { MAX_PINYIN_LENGTH, candidatesFor } from '../../../../renderer/keyboard/pinyin.ts';

describe('pinyin candidates', () => {
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

  it('knows the longest syllable', () => {
    expect(MAX_PINYIN_LENGTH).toBe(6);
  });
});
