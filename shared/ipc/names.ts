/**
 * Channel names, kept apart from the schemas so the sandboxed preload can
 * allow-list them without bundling zod. `channels.ts` proves every name has
 * a schema and every schema a name.
 */
export const INVOKE_CHANNELS = [
  'app:info',
  'connectivity:get',
  'catalog:document',
  'session:state',
  'session:end',
  'session:activity',
  'auth:captcha',
  'auth:request-sms',
  'auth:register-personal',
  'auth:register-unit',
  'auth:login',
  'auth:identity-login',
  'auth:reset-password',
  'account:get',
  'account:change-name',
  'account:change-password',
  'account:change-phone',
  'catalog:get',
  'applications:prefill',
  'applications:submit',
  'applications:list',
  'applications:get',
  'applications:cancel',
  'applications:receipt',
  'applications:print-receipt',
  'indicators:list',
  'ladder:get',
  'ladder:enrol',
  'periods:list',
  'periods:draws',
  'outbox:status',
] as const;
export const EVENT_CHANNELS = ['connectivity:changed', 'session:ended', 'idle:warning', 'idle:resumed', 'outbox:settled'] as const;

export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];
export type EventChannel = (typeof EVENT_CHANNELS)[number];
