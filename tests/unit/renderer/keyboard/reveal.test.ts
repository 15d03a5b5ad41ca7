import { describe, expect, it } from 'vitest';
import { REVEAL_MARGIN, revealDelta, visibleBand } from '../../../../renderer/keyboard/reveal.ts';

const m = REVEAL_MARGIN;
// A scroll container from y=150 to the bottom of a 1080px window, keyboard top at 600.
const band = visibleBand({ top: 150, bottom: 1080 }, 600);

describe('reveal geometry', () => {
  it('the visible band ends at the keyboard', () => {
    expect(band).toEqual({ top: 150, bottom: 600 });
    expect(visibleBand({ top: 150, bottom: 500 }, 600)).toEqual({ top: 150, bottom: 500 });
    expect(visibleBand({ top: 150, bottom: 1080 }, 100)).toEqual({ top: 150, bottom: 150 });
  });

  it('does not scroll a field already in view', () => {
    expect(revealDelta({ top: 300, bottom: 372 }, band)).toBe(0);
  });

  it('scrolls a field under the keyboard up to just above it', () => {
    expect(revealDelta({ top: 700, bottom: 772 }, band)).toBe(772 - (600 - m));
    expect(revealDelta({ top: 560, bottom: 632 }, band)).toBe(632 - (600 - m));
  });

  it('scrolls a field above the band down to its top', () => {
    expect(revealDelta({ top: 40, bottom: 112 }, band)).toBe(40 - (150 + m));
  });

  it('shows the field with its label and messages when they fit', () => {
    const context = { top: 640, bottom: 860 };
    expect(revealDelta({ top: 700, bottom: 772 }, band, context)).toBe(860 - (600 - m));
  });

  it('shows the field itself when its surroundings are taller than the band', () => {
    const context = { top: 100, bottom: 1000 };
    expect(revealDelta({ top: 700, bottom: 772 }, band, context)).toBe(772 - (600 - m));
  });

  it('shows the top of an element taller than the band', () => {
    expect(revealDelta({ top: 700, bottom: 1300 }, band)).toBe(700 - (150 + m));
  });

  it('after the delta the element lies inside the band', () => {
    for (const top of [-500, 0, 149, 151, 400, 599, 601, 2000]) {
      const target = { top, bottom: top + 72 };
      const delta = revealDelta(target, band);
      expect(target.top - delta).toBeGreaterThanOrEqual(band.top + m);
      expect(target.bottom - delta).toBeLessThanOrEqual(band.bottom - m);
    }
  });
});
