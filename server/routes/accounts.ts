import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  doneSchema,
  passwordResetSchema,
  personalRegistrationSchema,
  unitRegistrationSchema,
} from '../../shared/contract/accounts.ts';
import { apiErrorSchema } from '../../shared/contract/errors.ts';
import { API_PATHS } from '../../shared/contract/paths.ts';
import { sessionSchema } from '../../shared/contract/sessions.ts';
import { resetPassword } from '../accounts/password-reset.ts';
import { registerPersonal, registerUnit } from '../accounts/registration.ts';
import type { ServerContext } from '../context.ts';
import { withSubmissionGrant } from '../grants/session-grant.ts';

const registrationErrors = { 400: apiErrorSchema, 409: apiErrorSchema };

/** POST a personal or unit registration (answered with a session); POST a password reset. */
export const accountRoutes: FastifyPluginAsyncZod<{ context: ServerContext }> = async (app, { context }) => {
  app.post(
    API_PATHS.personalAccounts,
    {
      schema: {
        summary: 'Register a personal account and log it in',
        tags: ['accounts'],
        body: personalRegistrationSchema,
        response: { 201: sessionSchema, ...registrationErrors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(withSubmissionGrant(context, await registerPersonal(context, request.body), request.headers['x-terminal-id'])),
  );

  app.post(
    API_PATHS.unitAccounts,
    {
      schema: {
        summary: 'Register a unit account and log it in',
        tags: ['accounts'],
        body: unitRegistrationSchema,
        response: { 201: sessionSchema, ...registrationErrors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(withSubmissionGrant(context, await registerUnit(context, request.body), request.headers['x-terminal-id'])),
  );

  app.post(
    API_PATHS.passwordResets,
    {
      schema: {
        summary: 'Set a new password with an SMS code (also unlocks the account)',
        tags: ['accounts'],
        body: passwordResetSchema,
        response: { 200: doneSchema, 400: apiErrorSchema },
      },
    },
    async (request) => {
      await resetPassword(context, request.body);
      return { done: true as const };
    },
  );
};
