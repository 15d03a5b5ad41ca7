import type { DevSmsMessage } from '../../shared/contract/verification.ts';
import { isoTime } from '../config/clock.ts';
import type { SmsGateway } from './sms-gateway.ts';

/** Development only: every message sent, oldest first, kept in memory for the dev inbox route. */
export type DevSmsInbox = {
  /** Messages to `phone` (all when undefined), oldest first. */
  list(phone?: string): DevSmsMessage[];
  /** `gateway`, also recording each message it is given here. */
  recording(gateway: SmsGateway): SmsGateway;
};

/** Keeps at most this many messages; older ones are dropped. */
const MAX_MESSAGES = 1000;

/** An empty inbox stamping messages with `now`. */
export function createDevSmsInbox(now: () => number): DevSmsInbox {
  const messages: DevSmsMessage[] = [];
  return {
    list: (phone) => messages.filter((message) => phone === undefined || message.phone === phone),
    recording: (gateway) => ({
      async send(message) {
        await gateway.send(message);
        messages.push({ phone: message.phone, purpose: message.purpose, code: message.code, sentAt: isoTime(now()) });
        if (messages.length > MAX_MESSAGES) messages.splice(0, messages.length - MAX_MESSAGES);
      },
    }),
  };
}
