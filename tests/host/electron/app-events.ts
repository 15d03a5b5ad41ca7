import { EventEmitter } from 'node:events';

/** The app object's event emitter, shared with the window stand-ins. */
export const appEvents = new EventEmitter();
