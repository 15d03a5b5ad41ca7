import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../../shared/contract/errors.ts';
import { API_PATHS } from '../../shared/contract/paths.ts';
import { periodDrawsSchema, periodListSchema, periodParamsSchema } from '../../shared/contract/periods.ts';
import type { ServerContext } from '../context.ts';
import { catalogPeriod, periodList, publishedDraws } from '../periods/period-view.ts';
import { authenticate } from '../sessions/authenticate.ts';

/** 往期增量详情 and the published draws anyone may verify. */
export const periodRoutes: FastifyPluginAsyncZod<{ context: ServerContext }> = async (app, { context }) => {
  app.get(
    API_PATHS.periods,
    {
      schema: {
        summary: 'Past and current periods with quotas, applicants and winners; with a bearer token, the citizen’s own part in each',
        tags: ['periods'],
        response: { 200: periodListSchema, 401: apiErrorSchema },
      },
    },
    async (request) => {
      const { authorization } = request.headers;
      const accountId = authorization === undefined ? null : authenticate(context, authorization).account.id;
      return { periods: periodList(context, accountId) };
    },
  );

  app.get(
    API_PATHS.periodDraws,
    {
      schema: {
        summary: 'A period’s lottery draws as published: seed hash, frozen pool, then seed and winners (docs/draw.md)',
        tags: ['periods'],
        params: periodParamsSchema,
        response: { 200: periodDrawsSchema, 404: apiErrorSchema },
      },
    },
    async (request) => publishedDraws(context, catalogPeriod(context, request.params.id)),
  );
};
