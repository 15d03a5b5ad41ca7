import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  applicationListSchema,
  applicationParamsSchema,
  applicationPrefillSchema,
  applicationRequestSchema,
  applicationSchema,
  idempotencyHeadersSchema,
  optionalIdempotencyHeadersSchema,
} from '../../shared/contract/applications.ts';
import { apiErrorSchema } from '../../shared/contract/errors.ts';
import { API_PATHS, apiPath } from '../../shared/contract/paths.ts';
import { emptyRequestSchema } from '../../shared/contract/text.ts';
import { listApplications } from '../applications/application-store.ts';
import { applicationSummary, applicationView } from '../applications/application-view.ts';
import { cancellation, ownApplication } from '../applications/cancellation.ts';
import { answered, answerMaybeOnce, answerOnce } from '../applications/idempotency.ts';
import { applicationPrefill } from '../applications/prefill.ts';
import { createApplication } from '../applications/submission.ts';
import type { ServerContext } from '../context.ts';
import { authenticateSubmitter } from '../grants/authenticate-submitter.ts';
import { authenticate } from '../sessions/authenticate.ts';

/**
 * The citizen's applications: submit one (with an Idempotency-Key), list them, read one, cancel one.
 * Submitting and cancelling also take a terminal's submission grant instead of a session (the outbox).
 */
export const applicationRoutes: FastifyPluginAsyncZod<{ context: ServerContext }> = async (app, { context }) => {
  const citizen = (authorization: string | undefined) => authenticate(context, authorization).account;

  app.post(
    API_PATHS.applications,
    {
      schema: {
        summary:
          'Apply for an indicator: the catalog version, indicator kind, application type, category, field values, commitments and (where the wizard confirms by SMS) an application_confirm code. The same Idempotency-Key and body answer the same again. Authorization: a Bearer session, or a Grant (submission grant) with the X-Terminal-Id it was issued to (401 grant_invalid / grant_expired, 403 grant_wrong_terminal).',
        tags: ['applications'],
        headers: idempotencyHeadersSchema,
        body: applicationRequestSchema,
        response: {
          201: applicationSchema,
          400: apiErrorSchema,
          401: apiErrorSchema,
          403: apiErrorSchema,
          409: apiErrorSchema,
          422: apiErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const account = authenticateSubmitter(context, request.headers);
      const answer = answerOnce(
        context,
        { accountId: account.id, key: request.headers['idempotency-key'], method: 'POST', path: API_PATHS.applications, body: request.body },
        () => createApplication(context, account, request.body),
      );
      return reply.code(answer.status as 201).send(answer.body as never);
    },
  );

  app.get(
    API_PATHS.applications,
    {
      schema: {
        summary: '我的申请: the logged-in account’s applications, newest first',
        tags: ['applications'],
        response: { 200: applicationListSchema, 401: apiErrorSchema },
      },
    },
    async (request) => {
      const account = citizen(request.headers.authorization);
      return { applications: listApplications(context.db, account.id).map((record) => applicationSummary(context.db, record)) };
    },
  );

  app.get(
    API_PATHS.applicationPrefill,
    {
      schema: {
        summary: 'What readonly-from-account and derived fields show for the logged-in account (identifiers masked)',
        tags: ['applications'],
        response: { 200: applicationPrefillSchema, 401: apiErrorSchema },
      },
    },
    async (request) => applicationPrefill(context, citizen(request.headers.authorization)),
  );

  app.get(
    API_PATHS.application,
    {
      schema: {
        summary: 'One of the logged-in account’s applications, whole',
        tags: ['applications'],
        params: applicationParamsSchema,
        response: { 200: applicationSchema, 401: apiErrorSchema, 404: apiErrorSchema },
      },
    },
    async (request) => {
      const account = citizen(request.headers.authorization);
      return applicationView(context, ownApplication(context, account.id, request.params.code));
    },
  );

  app.post(
    API_PATHS.applicationCancellation,
    {
      schema: {
        summary:
          'Cancel an application before its review has a result (not on a pool-freeze or draw day); cancelling again answers the same. Takes a Bearer session or a Grant (with X-Terminal-Id), and an optional Idempotency-Key (the same key answers the first answer again; with another request, 422).',
        tags: ['applications'],
        headers: optionalIdempotencyHeadersSchema,
        params: applicationParamsSchema,
        body: emptyRequestSchema,
        response: { 200: applicationSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema, 422: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const account = authenticateSubmitter(context, request.headers);
      const { code } = request.params;
      const answer = answerMaybeOnce(
        context,
        { accountId: account.id, key: request.headers['idempotency-key'], method: 'POST', path: apiPath(API_PATHS.applicationCancellation, { code }), body: {} },
        () => answered(200, cancellation(context, account.id, code)),
      );
      return reply.code(answer.status as 200).send(answer.body as never);
    },
  );
};
