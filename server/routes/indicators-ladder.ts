import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../../shared/contract/errors.ts';
import { indicatorListSchema } from '../../shared/contract/indicators.ts';
import { ladderSchema } from '../../shared/contract/ladder.ts';
import { API_PATHS } from '../../shared/contract/paths.ts';
import { emptyRequestSchema } from '../../shared/contract/text.ts';
import type { ServerContext } from '../context.ts';
import { listIndicators } from '../indicators/indicator-store.ts';
import { enrolInLadder, ladderRuleFor, ladderView } from '../ladder/ladder-store.ts';
import { authenticate } from '../sessions/authenticate.ts';

/** The citizen's indicators, and the ladder lottery: read it, enrol. */
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
        summary: 'Join the ladder lottery (again: no change)',
        tags: ['ladder'],
        body: emptyRequestSchema,
        response: { 200: ladderSchema, 401: apiErrorSchema, 404: apiErrorSchema },
      },
    },
    async (request) => {
      const account = citizen(request.headers.authorization);
      ladderRuleFor(context, account);
      enrolInLadder(context, account.id);
      return ladderView(context, account);
    },
  );
};
