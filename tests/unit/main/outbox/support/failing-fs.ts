import * as fsp from 'node:fs/promises';
import type { OutboxFs } from '../../../../../electron/main/services/outbox/outbox-fs.ts';

/**
 * The real file system, except that a write for which `fits(position, length)`
 * answers a number stores only that many bytes and then fails with ENOSPC,
 * as a disk that fills up mid-write does.
 */
export function enospcFs(fits: (position: number, length: number) => number | undefined): OutboxFs {
  return {
    ...fsp,
    open: async (...args: Parameters<typeof fsp.open>) => {
      const handle = await fsp.open(...args);
      const write = handle.write.bind(handle) as (buffer: Buffer, offset: number, length: number, position: number) => Promise<{ bytesWritten: number }>;
      return Object.assign(handle, {
        write: async (buffer: Buffer, offset: number, length: number, position: number) => {
          const stored = fits(position, length);
          if (stored === undefined) return write(buffer, offset, length, position);
          await write(buffer, offset, stored, position);
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        },
      });
    },
  };
}
