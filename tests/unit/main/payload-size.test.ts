import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exceedsPayloadSize } from '../../../electron/main/ipc/payload-size.ts';

describe('exceedsPayloadSize', () => {
  it('agrees with the JSON size on plain JSON values, within its rough accounting', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const json = JSON.stringify(value) ?? '';
        // Never refuses what is well under the limit, always refuses what is far over it.
        if (json.length * 4 + 64 < 4096) expect(exceedsPayloadSize(value, 4096)).toBe(false);
        if (json.length > 4096 * 16) expect(exceedsPayloadSize(value, 4096)).toBe(true);
      }),
    );
  });

  it('stops early on a huge value and copes with cycles', () => {
    const cyclic: Record<string, unknown> = { a: 'x'.repeat(10) };
    cyclic.self = cyclic;
    expect(exceedsPayloadSize(cyclic, 1024)).toBe(false);
    expect(exceedsPayloadSize(new Uint8Array(2048), 1024)).toBe(true);
    expect(exceedsPayloadSize(Array.from({ length: 1_000_000 }, () => 0), 1024)).toBe(true);
  });
});
