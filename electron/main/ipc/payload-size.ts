/** The largest request payload main reads; the biggest form the kiosk sends is a few KB. */
export const MAX_PAYLOAD_BYTES = 64 * 1024;

/**
 * True when `value` would take more than `limit` bytes as JSON (roughly: it
 * counts string lengths in UTF-16 units, keys and a few bytes per value). It
 * walks the value without serialising it and stops as soon as the limit is
 * passed, so a huge payload costs no more than the limit to refuse.
 */
export function exceedsPayloadSize(value: unknown, limit = MAX_PAYLOAD_BYTES): boolean {
  let size = 0;
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') size += item.length + 2;
    else if (item !== null && typeof item === 'object') {
      if (seen.has(item)) continue;
      seen.add(item);
      if (ArrayBuffer.isView(item)) size += item.byteLength;
      else if (item instanceof ArrayBuffer) size += item.byteLength;
      else if (Array.isArray(item)) {
        size += 2 + item.length;
        for (const element of item) stack.push(element);
      } else {
        size += 2;
        for (const [key, child] of Object.entries(item)) {
          size += key.length + 4;
          stack.push(child);
        }
      }
    } else size += 8;
    if (size > limit) return true;
  }
  return false;
}
