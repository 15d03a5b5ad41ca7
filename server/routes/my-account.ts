import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  accountSchema,
  changeNameSchema,
  changePasswordSchema,
  changePhoneSchema,
  doneSchema,
} from '../../shared/contract/accounts.ts';
import { apiErrorSchema } from '../../shared/contract/errors.ts';
import { API_PATHS } from '../../shared/contract/paths.ts';
import { accountView } from '../accounts/account-view.ts';
import { changeName, changePassword, changePhone } from '../accounts/profile.ts';
import type { ServerContext } from '../context.ts';
import { authenticate } from '../sessions/authenticate.ts';

/** The logged-in citizen's own account: read it, change the name, the password or the phone. */
export const myAccountRoutes: FastifyPluginAsyncZod<{ context: ServerContext }> = async (app, { context }) => {
  const citizen = (authorization: string | undefined) => authenticate(context, authorization);

  app.get(
    API_PATHS.myAccount,
    {
      schema: {
        summary: 'The logged-in account (identifiers masked)',
        tags: ['accounts'],
        response: { 200: accountSchema, 401: apiErrorSchema },
      },
    },
    async (request) => accountView(citizen(request.headers.authorization).account),
  );

  app.put(
    API_PATHS.myName,
    {
      schema: {
        summary: "Change the holder's name (personal) or the handling person's name (unit)",
        tags: ['accounts'],
        body: changeNameSchema,
        response: { 200: accountSchema, 400: apiErrorSchema, 401: apiErrorSchema },
      },
    },
    async (request) => changeName(context, citizen(request.headers.authorization), request.body),
  );

  app.put(
    API_PATHS.myPassword,
    {
      schema: {
        summary: 'Change the password (the old one is checked; wrong ones count toward the lock)',
        tags: ['accounts'],
        body: changePasswordSchema,
        response: { 200: doneSchema, 400: apiErrorSchema, 401: apiErrorSchema, 423: apiErrorSchema },
      },
    },
    async (request) => {
      await changePassword(context, citizen(request.headers.authorization), request.body);
      return { done: true as const };
    },
  );

  app.put(
    API_PATHS.myPhone,
    {
      schema: {
        summary:
          "Change the phone: the account's current password (wrong ones count toward the lock) and the change_phone SMS code sent to the new phone",
        tags: ['accounts'],
        body: changePhoneSchema,
        response: { 200: accountSchema, 400: apiErrorSchema, 401: apiErrorSchema, 409: apiErrorSchema, 423: apiErrorSchema },
      },
    },
    async (request) => changePhone(context, citizen(request.headers.authorization), request.body),
  );
};
