import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiErrorSchema } from '../../shared/contract/errors.ts';
import { API_PATHS } from '../../shared/contract/paths.ts';
import { captchaRequestSchema, captchaSchema, smsRequestSchema, smsSentSchema } from '../../shared/contract/verification.ts';
import { isoTime } from '../config/clock.ts';
import type { ServerContext } from '../context.ts';
import { issueCaptcha } from '../verification/captchas.ts';
import { requestSmsCode } from '../verification/sms-request.ts';

/** POST a picture captcha; POST an SMS code request. */
export const verificationRoutes: FastifyPluginAsyncZod<{ context: ServerContext }> = async (app, { context }) => {
  app.post(
    API_PATHS.captchas,
    {
      schema: {
        summary: 'A new picture captcha (single use, 4 characters, case-insensitive; limited per client)',
        tags: ['verification'],
        body: captchaRequestSchema,
        response: { 201: captchaSchema, 400: apiErrorSchema, 415: apiErrorSchema, 429: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const { captchaId, svg, expiresAt } = issueCaptcha(context, request.ip);
      return reply.code(201).send({ captchaId, svg, expiresAt: isoTime(expiresAt) });
    },
  );

  app.post(
    API_PATHS.smsCodes,
    {
      schema: {
        summary: 'Send an SMS verification code (change_phone needs a session)',
        tags: ['verification'],
        body: smsRequestSchema,
        response: { 201: smsSentSchema, 400: apiErrorSchema, 401: apiErrorSchema, 409: apiErrorSchema, 429: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const sent = await requestSmsCode(context, request.body, request.headers.authorization);
      return reply.code(201).send(sent);
    },
  );
};
