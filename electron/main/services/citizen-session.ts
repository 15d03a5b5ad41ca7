import type { Account } from '../../../shared/contract/accounts.ts';
import type { Session } from '../../../shared/contract/sessions.ts';
import { KioskError } from '../errors.ts';

export type SessionEndReason = 'logout' | 'expired';

export interface CitizenSessionOptions {
  /** Tells the central API the session is over (best effort). */
  revoke: (token: string) => Promise<void>;
  /** Called whenever a live session ends, so the page can wipe what it shows. */
  onEnded: (reason: SessionEndReason) => void;
}

/**
 * The citizen's session with the central API. The bearer token lives here,
 * in main-process memory only: never on disk, never in the page. At most one
 * session exists; a new login replaces (and revokes) the previous one.
 */
export class CitizenSession {
  private token: string | undefined;
  private readonly options: CitizenSessionOptions;

  constructor(options: CitizenSessionOptions) {
    this.options = options;
  }

  get active(): boolean {
    return this.token !== undefined;
  }

  /** Keeps the token of a fresh session and returns what the page may see. */
  async begin(session: Session): Promise<Account> {
    const previous = this.token;
    this.token = session.token;
    if (previous !== undefined) await this.options.revoke(previous).catch(() => undefined);
    return session.account;
  }

  /**
   * Runs `call` with the token. Without a session it fails `unauthorized`;
   * when the API no longer knows the token the session ends as expired.
   */
  async authorised<T>(call: (token: string) => Promise<T>): Promise<T> {
    const token = this.token;
    if (token === undefined) throw new KioskError('unauthorized', 'no citizen is logged in');
    try {
      return await call(token);
    } catch (error) {
      if (error instanceof KioskError && error.code === 'unauthorized' && this.token === token) {
        this.token = undefined;
        this.options.onEnded('expired');
      }
      throw error;
    }
  }

  /** The token when a citizen is logged in (some calls are allowed either way). */
  optionalToken(): string | undefined {
    return this.token;
  }

  /** Logs out: forgets the token at once, then revokes it at the API. */
  async end(): Promise<void> {
    const token = this.token;
    if (token === undefined) return;
    this.token = undefined;
    this.options.onEnded('logout');
    await this.options.revoke(token).catch(() => undefined);
  }
}
