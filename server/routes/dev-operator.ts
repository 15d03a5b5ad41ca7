import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { applicationParamsSchema, applicationSchema } from '../../shared/contract/applications.ts';
import { devApplicationCodesSchema, devReviewSchema } from '../../shared/contract/dev.ts';
import { apiErrorSchema } from '../../shared/contract/errors.ts';
import { indicatorParamsSchema, indicatorSchema } from '../../shared/contract/indicators.ts';
import { DEV_API_PATHS } from '../../shared/contract/paths.ts';
import { periodDrawsSchema, periodParamsSchema } from '../../shared/contract/periods.ts';
import { emptyRequestSchema } from '../../shared/contract/text.ts';
import { allApplicationCodes } from '../applications/application-store.ts';
import { reviewApplication } from '../applications/review.ts';
import type { ServerContext } from '../context.ts';
import { ApiFailure } from '../http/failure.ts';
import { indicatorAccount, listIndicators, markIndicatorUsed } from '../indicators/indicator-store.ts';
import { drawPeriod, freezePeriod } from '../periods/allocation-run.ts';
import { catalogPeriod, publishedDraws } from '../periods/period-view.ts';

/**
 * Development only (registered with `devEndpoints`): the quota office's
 * side, so tests can move applications through review, freeze pools, run
 * draws and use indicators, and count the applications held.
 */
export const devOperatorRoutes: FastifyPluginAsyncZod<{ context: ServerContext }> = async (app, { context }) => {
  app.get(
    DEV_API_PATHS.operatorApplicationCodes,
    {
      schema: {
        summary: 'The code of every application held, oldest first',
        tags: ['dev'],
        response: { 200: devApplicationCodesSchema },
      },
    },
    async () => ({ codes: allApplicationCodes(context.db) }),
  );

  app.post(
    DEV_API_PATHS.operatorReview,
    {
      schema: {
        summary: 'Review an application one step: start (审核中), approve (审核通过, then queue or indicator) or reject',
        tags: ['dev'],
        params: applicationParamsSchema,
        body: devReviewSchema,
        response: { 200: applicationSchema, 400: apiErrorSchema, 404: apiErrorSchema, 409: apiErrorSchema },
      },
    },
    async (request) => reviewApplication(context, request.params.code, request.body.decision),
  );

  const periodOperations = [
    [DEV_API_PATHS.operatorFreeze, 'Freeze a period’s pools and queues (again: no change); answers its published draws', freezePeriod],
    [
      DEV_API_PATHS.operatorDraw,
      'Run a period’s draws and queue allocation, freezing first if needed (again: no change); answers its published draws',
      drawPeriod,
    ],
  ] as const;
  for (const [path, summary, run] of periodOperations) {
    app.post(
      path,
      {
        schema: {
          summary,
          tags: ['dev'],
          params: periodParamsSchema,
          body: emptyRequestSchema,
          response: { 200: periodDrawsSchema, 404: apiErrorSchema },
        },
      },
      async (request) => {
        const period = catalogPeriod(context, request.params.id);
        run(context, period);
        return publishedDraws(context, period);
      },
    );
  }

  app.post(
    DEV_API_PATHS.operatorIndicatorUse,
    {
      schema: {
        summary: 'Mark an indicator used (a car was registered with it)',
        tags: ['dev'],
        params: indicatorParamsSchema,
        body: emptyRequestSchema,
        response: { 200: indicatorSchema, 404: apiErrorSchema },
      },
    },
    async (request) => {
      const accountId = indicatorAccount(context.db, request.params.code);
      if (accountId === undefined) throw new ApiFailure({ status: 404, code: 'not_found', message: 'no indicator has this code' });
      markIndicatorUsed(context, request.params.code);
      return listIndicators(context, accountId).find((indicator) => indicator.code === request.params.code)!;
    },
  );
};
