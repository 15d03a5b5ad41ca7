import type {
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifySchemaValidationError,
} from 'fastify';
import type { ApiError, ApiErrorCode } from '../../shared/contract/errors.ts';
import type { GrantErrorCode } from '../../shared/contract/grants.ts';
import { ApiFailure } from './failure.ts';

/** Methods probed to tell "no such path" (404) from "path exists, wrong method" (405). */
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** The contract's error body; `retryAfterSeconds` when the refused action may be tried again later. */
export function apiError(
  code: ApiErrorCode | GrantErrorCode,
  message: string,
  fields?: Record<string, string>,
  retryAfterSeconds?: number,
): ApiError {
  return {
    error: {
      code,
      message,
      ...(fields ? { fields } : {}),
      ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
    },
  };
}

type ValidationContext = NonNullable<FastifyError['validationContext']>;

function inputOf(request: FastifyRequest, context: ValidationContext): unknown {
  switch (context) {
    case 'body':
      return request.body;
    case 'querystring':
      return request.query;
    case 'params':
      return request.params;
    case 'headers':
      return request.headers;
  }
}

function valueAt(input: unknown, path: readonly string[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

const SIZED_ORIGINS = new Set(['string', 'array', 'set', 'file']);

/** A short machine code for one zod issue, e.g. `required`, `invalid_enum_value`, `too_short`. */
function issueCode(issue: FastifySchemaValidationError, value: unknown): string {
  if (value === undefined) return 'required';
  const { origin, values } = issue.params;
  switch (issue.keyword) {
    case 'invalid_value':
      return Array.isArray(values) && values.length > 1 ? 'invalid_enum_value' : 'invalid_value';
    case 'too_small':
      return SIZED_ORIGINS.has(String(origin)) ? 'too_short' : 'too_small';
    case 'too_big':
      return SIZED_ORIGINS.has(String(origin)) ? 'too_long' : 'too_big';
    case 'invalid_type':
    case 'invalid_format':
      return issue.keyword;
    default:
      return 'invalid';
  }
}

/** Maps each invalid field (dotted path, or the part of the request when the whole part is wrong) to a code. */
function validationFields(error: FastifyError, request: FastifyRequest): Record<string, string> {
  const context = error.validationContext ?? 'body';
  const input = inputOf(request, context);
  const fields: Record<string, string> = {};
  for (const issue of error.validation ?? []) {
    const path = issue.instancePath.split('/').filter(Boolean);
    if (issue.keyword === 'unrecognized_keys' && Array.isArray(issue.params.keys)) {
      for (const key of issue.params.keys) fields[[...path, String(key)].join('.')] ??= 'unrecognized_key';
      continue;
    }
    const name = path.length > 0 ? path.join('.') : context;
    fields[name] ??= issueCode(issue, valueAt(input, path));
  }
  return fields;
}

function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof ApiFailure) {
    const { status, code, message, fields, retryAfterSeconds } = error.failure;
    if (retryAfterSeconds !== undefined) void reply.header('retry-after', String(retryAfterSeconds));
    return reply.code(status).send(apiError(code, message, fields, retryAfterSeconds));
  }
  if (error.validation) {
    // A path parameter outside the contract names no resource: that is a 404, not a bad request.
    if (error.validationContext === 'params') {
      return reply.code(404).send(apiError('not_found', 'no resource has this id'));
    }
    return reply
      .code(400)
      .send(apiError('validation_failed', 'the request did not pass validation', validationFields(error, request)));
  }
  const status = error.statusCode ?? 500;
  if (status === 404) return reply.code(404).send(apiError('not_found', 'not found'));
  if (status === 405) return reply.code(405).send(apiError('method_not_allowed', 'method not allowed'));
  if (status === 413) return reply.code(413).send(apiError('payload_too_large', 'the request body is too large'));
  if (status === 415) return reply.code(415).send(apiError('unsupported_media_type', 'request bodies must be application/json'));
  if (status >= 400 && status < 500) {
    return reply.code(status).send(apiError('validation_failed', 'the request could not be read'));
  }
  request.log.error({ err: error }, 'request failed');
  return reply.code(500).send(apiError('internal_error', 'internal error'));
}

function handleNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const path = request.url.split('?', 1)[0] ?? '/';
  const allowed = METHODS.filter((method) => request.server.findRoute({ method, url: path }) !== null);
  if (allowed.length > 0) {
    return reply
      .code(405)
      .header('allow', allowed.join(', '))
      .send(apiError('method_not_allowed', 'this path does not accept this method'));
  }
  return reply.code(404).send(apiError('not_found', 'no route matches this request'));
}

/** Makes every error, unknown route and wrong method answer the contract's one error shape. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);
}
