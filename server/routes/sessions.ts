import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiErrorSchema } from '../../shared/contract/errors.ts';
import { API_PATHS } from '../../shared/contract/paths.ts';
import { identityLoginSchema, passwordLoginSchema, sessionSchema } from '../../shared/contract/sessions.ts';
import type { ServerContext } from '../context.ts';
import { withSubmissionGrant } from '../grants/session-grant.ts';
import { loginWithIdentity } from '../identity/identity-login.ts';
import { authenticate } from '../sessions/authenticate.ts';
import { loginWithPassword } from '../sessions/password-login.ts';
import { closeSession } from '../sessions/session-store.ts';

const loginErrors = { 400: apiErrorSchema, 401: apiErrorSchema, 423: apiErrorSchema, 429: apiErrorSchema };

/** POST a password login; POST an identity-platform login (each with a submission grant for the terminal); DELETE the current session. */
export const sessionRoutes: FastifyPluginAsyncZod<{ context: ServerContext }> = async (app, { context }) => {
  app.post(
    API_PATHS.sessions,
    {
      schema: {
        summary: 'Log in with phone, password and captcha (wrong passwords lock the phone; failed logins per client are limited)',
        tags: ['sessions'],
        body: passwordLoginSchema,
        response: { 201: sessionSchema, ...loginErrors },
      },
    },
    async (request, reply) =>
      reply.code(201).send(withSubmissionGrant(context, await loginWithPassword(context, request.body, request.ip), request.headers['x-terminal-id'])),
  );

  app.post(
    API_PATHS.identitySessions,
    {
      schema: {
        summary: 'Log in through the unified identity platform (creates the linked account on first use)',
        tags: ['identity'],
        body: identityLoginSchema,
        response: { 201: sessionSchema, ...loginErrors, 409: apiErrorSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(withSubmissionGrant(context, await loginWithIdentity(context, request.body, request.ip), request.headers['x-terminal-id'])),
  );

  app.delete(
    API_PATHS.currentSession,
    {
      schema: {
        summary: 'Log out',
        tags: ['sessions'],
        response: { 204: z.null().describe('No content'), 401: apiErrorSchema },
      },
    },
    async (request, reply) => {
      closeSession(context, authenticate(context, request.headers.authorization).tokenHash);
      return reply.code(204).send(null);
    },
  );
};
