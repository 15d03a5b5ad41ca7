import type { OutboxMessages } from './zh-CN.ts';

/** Requests saved in the terminal's outbox, English. */
const outboxEn: OutboxMessages = {
  outbox: {
    banner: {
      submit: 'The network is down for now. Your application is saved safely on this terminal and will be submitted automatically when the connection returns.',
      cancel: 'The network is down for now. Your cancellation is saved safely on this terminal and will be submitted automatically when the connection returns.',
      ladder: 'The network is down for now. Your ladder lottery sign-up is saved safely on this terminal and will be submitted automatically when the connection returns.',
    },
    delivered: 'The connection is back: what you saved on this terminal has been submitted.',
    rejected: 'What you saved on this terminal (local reference {reference}) was not accepted by the central system. Please ask at the counter.',
    pending: {
      title: 'Application saved, waiting to be submitted',
      reference: 'Local reference',
      status: 'Status',
      waiting: 'Waiting to be submitted',
      sent: 'Submitted',
      savedAt: 'Saved',
      next: 'When the connection returns, this terminal submits your application automatically. You need not apply again and may leave now. Once it is submitted, log in and see its application code and progress under “My applications”.',
      nextSent: 'Your application has been submitted; its application code is above. Log in and see its progress under “My applications”.',
      refusedTitle: 'Application not accepted',
      refused: 'Not accepted',
      nextRefused: 'The central system did not accept the application saved on this terminal. Please ask at the counter, with local reference {reference}.',
    },
  },
};

export default outboxEn;
