import type { SmsPurpose } from '../../shared/validation/kinds.ts';

/** One text message carrying a verification code. */
export type SmsMessage = {
  phone: string;
  purpose: SmsPurpose;
  code: string;
  /** The full text as the citizen receives it. */
  text: string;
};

/** Delivers text messages; a deployment plugs in its operator's gateway through the server options. */
export interface SmsGateway {
  send(message: SmsMessage): Promise<void>;
}

/** A gateway that delivers nothing: the default when none is configured. */
export const undeliveredSmsGateway: SmsGateway = {
  async send() {},
};

/**
 * The development gateway: prints `[dev-sms] <phone> <purpose> <code>` for
 * each message with `print` (e.g. to stderr). Only for development: the line
 * holds the phone number and the code.
 */
export function createConsoleSmsGateway(print: (line: string) => void): SmsGateway {
  return {
    async send({ phone, purpose, code }) {
      print(`[dev-sms] ${phone} ${purpose} ${code}`);
    },
  };
}
