import { join } from 'node:path';
import log from 'electron-log/node';
import { redactPersonalData } from '../../../shared/redact.ts';

export type Logger = Pick<Console, 'error' | 'warn' | 'info' | 'debug'>;

type Level = 'error' | 'warn' | 'info' | 'verbose' | 'debug';

/**
 * The main-process log: a rotating file in `logsDir` plus the console, every
 * string scrubbed of ID numbers, phone numbers and credit codes first.
 * (electron-log's node build: its Electron build opens an unchecked IPC channel.)
 */
export function createLogger(logsDir: string, level: Level): Logger {
  log.transports.file.resolvePathFn = () => join(logsDir, 'kiosk.log');
  log.transports.file.level = level;
  log.transports.file.maxSize = 5 * 1024 * 1024;
  log.transports.console.level = level;
  log.hooks.push((message) => ({
    ...message,
    data: message.data.map((item: unknown) =>
      typeof item === 'string' ? redactPersonalData(item) : item instanceof Error ? redactPersonalData(item.stack ?? item.message) : item,
    ),
  }));
  return log;
}
