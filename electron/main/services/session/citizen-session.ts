import type { Account } from '../../../../shared/contract/accounts.ts';
import type { Session } from '../../../../shared/contract/sessions.ts';
import { KioskError } from '../../errors.ts';

export interface CitizenSessionOptions {
  /** Tells the central API a session is over (best effort). */
  revoke: (token: string) => Promise<void>;
  /** The central API no longer knows the token (a 401): the whole terminal session must be wiped. */
  onExpired: () => void;
}

/** The answer to a request that belonged to a session already wiped: nobody it could be shown to is there. */
export const sessionEnded = () => new KioskError('session.ended', 'the session this request belonged to has ended');

/**
 * The citizen's session with the central API, and the terminal's session
 * epoch. The bearer token lives here, in main-process memory only: never on
 * disk, never in the page. The epoch goes up each time the terminal is wiped
 * for the next citizen, so work started in an earlier epoch (a login answer
 * arriving late, say) can tell that the person who started it is gone.
 */
/** Who queued requests are delivered for after the session has ended: the account and its submission grant. */
export interface Submitter {
  /** The account's id: orders the outbox's delivery per citizen. */
  citizenKey: string;
  grant: { grant: string; expiresAt: string };
}

export class CitizenSession {
  private token: string | undefined;
  private submitterNow: Submitter | undefined;
  private current = 1;
  private readonly options: CitizenSessionOptions;

  constructor(options: CitizenSessionOptions) {
    this.options = options;
  }

  get active(): boolean {
    return this.token !== undefined;
  }

  /** The epoch now; a request notes it when it starts. */
  get epoch(): number {
    return this.current;
  }

  isCurrent(epoch: number): boolean {
    return epoch === this.current;
  }

  /**
   * Keeps the token of a fresh session and returns what the page may see.
   * A session opened for an earlier epoch is revoked at once and refused.
   */
  async begin(session: Session, epoch: number): Promise<Account> {
    if (!this.isCurrent(epoch)) {
      await this.options.revoke(session.token).catch(() => undefined);
      throw sessionEnded();
    }
    const previous = this.token;
    this.token = session.token;
    const grant = session.submissionGrant;
    this.submitterNow = grant ? { citizenKey: session.account.id, grant: { grant: grant.grant, expiresAt: grant.expiresAt } } : undefined;
    if (previous !== undefined) await this.options.revoke(previous).catch(() => undefined);
    return session.account;
  }

  /**
   * Runs `call` with the token. Without a session it fails `unauthorized`;
   * when the API no longer knows the token the terminal session is wiped.
   */
  async authorised<T>(call: (token: string) => Promise<T>): Promise<T> {
    const token = this.token;
    if (token === undefined) throw new KioskError('unauthorized', 'no citizen is logged in');
    try {
      return await call(token);
    } catch (error) {
      if (error instanceof KioskError && error.code === 'unauthorized' && this.token === token) this.options.onExpired();
      throw error;
    }
  }

  /**
   * The account and submission grant requests queued now are delivered
   * with; undefined when the central API issued no grant. Fails
   * `unauthorized` without a session.
   */
  submitter(): Submitter | undefined {
    if (this.token === undefined) throw new KioskError('unauthorized', 'no citizen is logged in');
    return this.submitterNow;
  }

  /** The token when a citizen is logged in (some calls are allowed either way). */
  optionalToken(): string | undefined {
    return this.token;
  }

  /**
   * Starts the next epoch: forgets the token at once and hands it back for
   * revoking. Only the wipe calls this.
   */
  advance(): string | undefined {
    const token = this.token;
    this.token = undefined;
    this.submitterNow = undefined;
    this.current += 1;
    return token;
  }
}
