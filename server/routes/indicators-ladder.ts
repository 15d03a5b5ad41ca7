import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../../shared/contract/errors.ts';
import { indicatorListSchema } from '../../shared/contract/indicators.ts';
import { ladderSchema } from '../../shared/contract/ladder.ts';
import { optionalIdempotencyHeadersSchema } from '../../shared/contract/applications.ts';
import { API_PATHS } from '../../shared/contract/paths.ts';
import { emptyRequestSchema } from '../../shared/contract/text.ts';
import { answerMaybeOnce } from '../applications/idempotency.ts';
import type { ServerContext } from '../context.ts';
import { authenticateSubmitter } from '../grants/authenticate-submitter.ts';
import { success } from '../http/failure.ts';
import { listIndicators } from '../indicators/indicator-store.ts';
import { enrolInLadder, ladderRuleFor, ladderView } from '../ladder/ladder-store.ts';
import { authenticate } from '../sessions/authenticate.ts';

/** The citizen's indicators, and the ladder lottery: read it, enrol (also with a terminal's submission grant: the outbox). */
export const indicatorLadderRoutes: FastifyPluginAsyncZod<{ context: ServerContext }> = async (app, { context }) => {
  const citizen = (authorization: string | undefined) => authenticate(context, authorization).account;

  app.get(
    API_PATHS.indicators,
    {
      schema: {
        summary: '指标信息: the logged-in account’s indicators with their status today',
        tags: ['indicators'],
        response: { 200: indicatorListSchema, 401: apiErrorSchema },
      },
    },
    async (request) => ({ indicators: listIndicators(context, citizen(request.headers.authorization).id) }),
  );

  app.get(
    API_PATHS.ladder,
    {
      schema: {
        summary: 'The ladder lottery: enrolled, draws counted as of today, the periods by year, steps and codes from the catalog’s rule',
        tags: ['ladder'],
        response: { 200: ladderSchema, 401: apiErrorSchema, 404: apiErrorSchema },
      },
    },
    async (request) => ladderView(context, citizen(request.headers.authorization)),
  );

  app.post(
    API_PATHS.ladderEnrolment,
    {
      schema: {
        summary:
          'Join the ladder lottery (again: no change). Takes a Bearer session or a Grant (with X-Terminal-Id), and an optional Idempotency-Key (the same key answers the first answer again; with another request, 422).',
        tags: ['ladder'],
        headers: optionalIdempotencyHeadersSchema,
        body: emptyRequestSchema,
        response: { 200: ladderSchema, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema, 422: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const account = authenticateSubmitter(context, request.headers);
      const answer = answerMaybeOnce(
        context,
        { accountId: account.id, key: request.headers['idempotency-key'], method: 'POST', path: API_PATHS.ladderEnrolment, body: {} },
        () => {
          ladderRuleFor(context, account);
          enrolInLadder(context, account.id);
          return success({ status: 200, body: ladderView(context, account) });
        },
      );
      return reply.code(answer.status as 200).send(answer.body as never);
    },
  );
};
