import { hostLog } from './host-log.ts';

let nextId = 1;
const started = new Map<number, string>();

/**
 * powerSaveBlocker stand-in: there is no display to keep awake, so it keeps
 * the blockers and reports each start and stop (KIOSK_HOST_EVENT lines).
 */
export const powerSaveBlocker = {
  start(type: 'prevent-app-suspension' | 'prevent-display-sleep'): number {
    const id = nextId++;
    started.set(id, type);
    hostLog('power-save-blocker', { action: 'start', id, type });
    return id;
  },
  stop(id: number): boolean {
    const had = started.delete(id);
    hostLog('power-save-blocker', { action: 'stop', id });
    return had;
  },
  isStarted: (id: number): boolean => started.has(id),
};
