import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  devCaptchaAnswerSchema,
  devCaptchaParamsSchema,
  devClockAdvanceSchema,
  devClockSchema,
  devIdentityAccountCreatedSchema,
  devIdentityAccountSchema,
  devSessionsQuerySchema,
  devSessionsSchema,
  devSmsInboxQuerySchema,
} from '../../shared/contract/dev.ts';
import { apiErrorSchema } from '../../shared/contract/errors.ts';
import { DEV_API_PATHS } from '../../shared/contract/paths.ts';
import { devSmsMessageSchema } from '../../shared/contract/verification.ts';
import { isoTime } from '../config/clock.ts';
import type { ServerContext } from '../context.ts';
import { apiError } from '../http/errors.ts';
import { createDevIdentity } from '../identity/platform-dev.ts';
import { findAccountByPhone } from '../accounts/account-store.ts';
import { countLiveSessions } from '../sessions/session-store.ts';
import { peekCaptchaAnswer } from '../verification/captchas.ts';
import type { DevSmsInbox } from '../verification/dev-sms-inbox.ts';

/**
 * Development only (registered with `devEndpoints`): the SMS inbox, captcha
 * answers, identity-platform accounts, live-session counts and the clock, so
 * automated tests can go through every account flow.
 */
export const devRoutes: FastifyPluginAsyncZod<{ context: ServerContext; inbox: DevSmsInbox }> = async (
  app,
  { context, inbox },
) => {
  app.get(
    DEV_API_PATHS.smsInbox,
    {
      schema: {
        summary: 'Messages the SMS gateway was given, oldest first',
        tags: ['dev'],
        querystring: devSmsInboxQuerySchema,
        response: { 200: z.array(devSmsMessageSchema) },
      },
    },
    async (request) => inbox.list(request.query.phone),
  );

  app.get(
    DEV_API_PATHS.captchaAnswer,
    {
      schema: {
        summary: "A live captcha's answer (does not use it up)",
        tags: ['dev'],
        params: devCaptchaParamsSchema,
        response: { 200: devCaptchaAnswerSchema, 404: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const answer = peekCaptchaAnswer(context, request.params.id);
      if (answer === undefined) return reply.code(404).send(apiError('not_found', 'no live captcha has this id'));
      return { answer };
    },
  );

  app.post(
    DEV_API_PATHS.identityAccounts,
    {
      schema: {
        summary: 'Open an account on the identity platform stand-in',
        tags: ['dev'],
        body: devIdentityAccountSchema,
        response: { 201: devIdentityAccountCreatedSchema, 400: apiErrorSchema, 409: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const identity = await createDevIdentity(context, request.body);
      return reply.code(201).send({ id: identity.id, kind: identity.kind });
    },
  );

  app.get(
    DEV_API_PATHS.liveSessions,
    {
      schema: {
        summary: 'How many live sessions the account at a phone has',
        tags: ['dev'],
        querystring: devSessionsQuerySchema,
        response: { 200: devSessionsSchema, 404: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const account = findAccountByPhone(context.db, request.query.phone);
      if (!account) return reply.code(404).send(apiError('not_found', 'no account has this phone'));
      return { live: countLiveSessions(context, account.id) };
    },
  );

  app.post(
    DEV_API_PATHS.clock,
    {
      schema: {
        summary: "Move the server's clock forward",
        tags: ['dev'],
        body: devClockAdvanceSchema,
        response: { 200: devClockSchema },
      },
    },
    async (request) => {
      context.clock.advance(request.body.advanceSeconds);
      return { now: isoTime(context.clock.now()) };
    },
  );
};
