import * as fsp from 'node:fs/promises';

/** The file operations the outbox uses: node:fs/promises, or a stand-in that fails the way a disk does. */
export type OutboxFs = Pick<typeof fsp, 'mkdir' | 'readFile' | 'open' | 'rename' | 'rm' | 'copyFile'>;

export const nodeFs: OutboxFs = fsp;

/** Writes all of `data` at `position` (a write may take fewer bytes than asked). */
export async function writeAll(handle: fsp.FileHandle, data: Buffer, position: number): Promise<void> {
  let done = 0;
  while (done < data.length) {
    const { bytesWritten } = await handle.write(data, done, data.length - done, position + done);
    done += bytesWritten;
  }
}
