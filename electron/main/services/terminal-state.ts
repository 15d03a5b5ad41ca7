import ElectronStore, { type Schema } from 'electron-store';
import { closeForeignChannel, ELECTRON_STORE_CHANNEL } from '../ipc/foreign-channels.ts';
import type { CatalogPersistence, StoredCatalog } from './catalog/catalog-cache.ts';
import type { Logger } from './logger.ts';

/**
 * What the terminal keeps across restarts, in `<userData>/terminal-state.json`.
 * Only terminal data, never a citizen's: today the catalog (the province's
 * application rules, as the central API served it) with its version, so the
 * wizard has a catalog after a restart while the central API is down.
 */
export interface TerminalStateData {
  catalog?: StoredCatalog;
}

/** The file's name in userData (without .json). */
export const TERMINAL_STATE_NAME = 'terminal-state';

/**
 * The file holds exactly this: a key this schema does not list is a file
 * this kiosk did not write, so it is reset like a damaged one (a cache,
 * nothing is lost that the central API cannot serve again). The catalog's
 * body is checked by parseCatalog when it is read, not here.
 */
const schema: Schema<TerminalStateData> = {
  catalog: {
    type: 'object',
    properties: {
      version: { type: 'string', minLength: 1, maxLength: 200 },
      body: { type: 'object' },
    },
    required: ['version', 'body'],
    additionalProperties: false,
  },
};

export interface TerminalStateOptions {
  log: Logger;
  /** The folder of the file: userData unless given (unit tests pass a temp folder). */
  cwd?: string;
}

export interface TerminalState {
  /** Where the file is. */
  path: string;
  catalog: CatalogPersistence;
}

type Store = ElectronStore<TerminalStateData>;

function open(options: TerminalStateOptions, clearInvalidConfig: boolean): Store {
  return new ElectronStore<TerminalStateData>({
    name: TERMINAL_STATE_NAME,
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
    schema,
    rootSchema: { additionalProperties: false },
    clearInvalidConfig,
    // Never watched: main is the file's only writer.
    watch: false,
  });
}

/**
 * Opens the terminal's state file. A file that is not JSON or that the
 * schema refuses (damaged, or written by something else) is reset and the
 * reset logged; electron-store's clearInvalidConfig would reset it without
 * a word, so the first open refuses and says why, then a second one clears.
 * A file that cannot be opened at all (permissions, a folder in its place)
 * leaves the terminal without lasting state rather than without a kiosk.
 *
 * The file gets the owner-only mode of everything in userData from the
 * umask main sets first thing (security/private-files.ts), not from
 * electron-store's configFileMode: reading the umask to apply that option
 * sets it to 0 for a moment, for every thread of the process.
 */
export function openTerminalState(options: TerminalStateOptions): TerminalState {
  const { log } = options;
  let store: Store | null;
  try {
    store = open(options, false);
  } catch (error) {
    log.warn(`${TERMINAL_STATE_NAME}.json could not be read (${String(error)}); starting it afresh, the catalog is fetched again`);
    try {
      store = open(options, true);
    } catch (again) {
      log.error(`${TERMINAL_STATE_NAME}.json cannot be opened; the terminal keeps no state across restarts`, again);
      store = null;
    }
  }
  // Opened by electron-store's constructor in main; the kiosk has no renderer-side store to answer.
  closeForeignChannel(ELECTRON_STORE_CHANNEL);

  return {
    path: store?.path ?? '',
    catalog: {
      load: () => store?.get('catalog'),
      save: (catalog) => {
        if (!store) throw new Error(`${TERMINAL_STATE_NAME}.json is not open`);
        store.set('catalog', catalog);
      },
    },
  };
}
