import type { Messages } from './zh-CN.ts';
import accountsEn from './accounts/en.ts';
import applicationsEn from './applications/en.ts';
import outboxEn from './outbox/en.ts';
import sessionEn from './session/en.ts';

/** English. Longer than Chinese: every screen is checked with it. */
const en: Messages = {
  ...accountsEn,
  ...applicationsEn,
  ...sessionEn,
  ...outboxEn,
  app: {
    systemName: 'Hainan Passenger Car Quota Management System',
  },
  language: {
    switchLabel: 'Choose a language',
  },
  connectivity: {
    online: 'Connected to the central system',
    offline: 'Network down: services that need it cannot be used now. Please try again later or ask the staff',
    unknown: 'Checking the network',
  },
  common: {
    back: 'Back',
    retry: 'Try again',
    loading: 'Loading, please wait',
    moreBelow: 'More below',
  },
  attract: {
    prompt: 'Touch the screen to start',
    services: 'Available here: register, log in, policy information, service guide',
    terminal: 'Terminal {terminalId}　Version {version}',
  },
  home: {
    heading: 'Please choose a service',
    backToStart: 'Back to start',
    register: {
      title: 'Register',
      description: 'First time here? Create an account for yourself or your organisation',
    },
    login: {
      title: 'Log in',
      description: 'Already have an account? Log in to continue',
    },
    policy: {
      title: 'Policy information',
      description: 'Read the passenger car quota management rules',
    },
    guide: {
      title: 'Service guide',
      description: 'How to register, log in or reset a password',
    },
    hotlines: 'Help lines: {numbers}',
  },
  policy: {
    publishedOn: 'Published: {date}',
    pageUp: 'Page up',
    pageDown: 'Page down',
  },
  keyboard: {
    label: 'On-screen keyboard',
    backspace: 'Delete',
    clear: 'Clear',
    done: 'Done',
    space: 'Space',
    shift: 'Caps',
    symbols: '#+=',
    letters: 'ABC',
    rare: 'Rare char',
    chinese: '中',
    latin: 'EN',
    langSwitch: 'Chinese or English letters',
    pinyinHint: 'Type pinyin, then tap a character',
    latinHint: 'Typing English letters',
    candidates: 'Characters',
    previous: 'Prev',
    next: 'More',
    noMatch: 'No character for this pinyin',
    full: 'Limit of {max} characters reached',
  },
  form: {
    required: '(required)',
    errorLabel: 'Error: ',
    warningLabel: 'Note: ',
    show: 'Show',
    hide: 'Hide',
    countdown: 'Resend in {seconds}s',
  },
  errors: {
    generic: 'Something went wrong. Please try again or ask the staff at the counter.',
    validation_failed: 'Some of the information is not valid. Please check it and try again.',
    not_found: 'The content could not be found. Please ask the staff at the counter.',
    method_not_allowed: 'This cannot be done right now. Please ask the staff at the counter.',
    payload_too_large: 'What was sent is too large. Please ask the staff at the counter.',
    internal_error: 'The central system is not available right now. Please try again later.',
    captcha_invalid: 'Wrong image code. Please try again.',
    captcha_expired: 'The image code expired. Please try again.',
    sms_code_invalid: 'Wrong SMS code.',
    sms_code_expired: 'The SMS code has expired. Please get a new one.',
    sms_code_exhausted: 'Too many wrong SMS codes. Please get a new one.',
    sms_resend_too_soon: 'Please wait {seconds} seconds before asking for another code.',
    phone_taken: 'This mobile number is already registered.',
    id_number_taken: 'This document number is already registered.',
    credit_code_taken: 'This credit code is already registered.',
    username_taken: 'This user name is already taken.',
    same_phone: 'This is already your mobile number.',
    wrong_password: 'The current password is wrong.',
    invalid_credentials: 'Wrong account or password. Please check and try again.',
    account_locked: 'Too many wrong passwords. Try again in {minutes} minutes. If you have forgotten your password, you can reset it with "Forgot password".',
    unauthorized: 'Your login has expired. Please log in again.',
    too_many_requests: 'Too many attempts from this terminal. Please try again in {minutes} minutes.',
    unsupported_media_type: 'The central system could not read what this terminal sent. Please ask the staff at the counter.',
    catalog_version_mismatch: 'The application form has changed. Please fill it in again.',
    idempotency_key_reused: 'This terminal sent two different applications as one. Please ask the staff at the counter.',
    application_exists: 'You already have an application for this kind of quota in progress.',
    no_open_period: 'No application period is open now. Please try again later.',
    application_not_cancellable: 'This application has been reviewed and can no longer be cancelled.',
    cancellation_closed_today: 'Applications cannot be cancelled on the day the draw pool is frozen or on the draw day. Please come back another day.',
    ladder_not_offered: 'The ladder lottery is not offered here, or not for your account.',
    not_account_phone: 'The code can only be sent to the mobile number of your account.',
    invalid_transition: 'This cannot be done with the application as it stands.',
    catalog: {
      unreadable: 'This terminal cannot read the central system’s current rules, so applications cannot be made here right now. Please ask the staff at the counter.',
    },
    receipt: {
      print_failed: 'The receipt could not be printed. Please ask the staff at the counter. Your application is not affected.',
    },
    outbox: {
      unencrypted: 'The network is down for now, and this terminal cannot store your details safely, so nothing was saved. Please try again later or ask at the counter.',
      disk_full: 'The network is down for now, and this terminal has no space left, so nothing was saved. Please ask at the counter.',
      write_failed: 'The network is down for now, and your request could not be saved on this terminal. Please ask at the counter.',
      invalid_entry: 'This terminal has a fault and nothing was saved. Please ask at the counter.',
      closed: 'This terminal is shutting down and nothing was saved. Please try again in a moment.',
    },
    api: {
      unreachable: 'The central system cannot be reached right now. Please try again later.',
      timeout: 'The central system took too long to answer. Please try again later.',
      bad_response: 'The central system is not available right now. Please try again later.',
    },
    ipc: {
      unknown_channel: 'This terminal has a problem. Please ask the staff at the counter.',
      unknown_event: 'This terminal has a problem. Please ask the staff at the counter.',
      payload_too_large: 'What was sent is too large. Please ask the staff at the counter.',
      invalid_request: 'This terminal has a problem. Please ask the staff at the counter.',
      forbidden_sender: 'This terminal has a problem. Please ask the staff at the counter.',
      invalid_response: 'The answer from the central system could not be read. Please try again later.',
      handler_failed: 'This terminal has a problem. Please ask the staff at the counter.',
    },
    session: {
      ended: 'This visit has ended. Please start again.',
    },
  },
};

export default en;
