import type { SessionMessages } from './zh-CN.ts';

/** The terminal session, English. */
const sessionEn: SessionMessages = {
  terminal: {
    idle: {
      title: 'Do you need more time?',
      countdown: 'In {seconds} s you will be logged out and what you entered here will be cleared',
      continue: 'Continue',
      finish: 'Finish',
    },
    notice: {
      logout: 'You have been logged out. Your information has been cleared from this terminal.',
      idle: 'Nobody used the terminal for a while, so you were logged out and your information was cleared.',
      expired: 'Your login timed out and you were logged out. Please log in again to continue.',
    },
    demo: 'Demo',
    demoHint: 'Demonstration terminal: do not enter real personal data',
    clearing: 'Clearing your information, please wait',
  },
};

export default sessionEn;
