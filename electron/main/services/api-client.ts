import axios, { type AxiosInstance } from 'axios';
import type { z } from 'zod';
import { apiErrorSchema } from '../../../shared/contract/errors.ts';
import { healthResponseSchema } from '../../../shared/contract/health.ts';
import { catalogDocumentSchema, type CatalogDocument, type CatalogDocumentId } from '../../../shared/contract/catalog.ts';
import { API_PATHS, apiPath } from '../../../shared/contract/paths.ts';
import type { Locale } from '../../../shared/locales.ts';
import { KioskError } from '../errors.ts';

export interface ApiClientOptions {
  baseUrl: string;
  timeoutMs: number;
  terminalId: string;
  version: string;
}

/** The central API contract over HTTP; every failure becomes a KioskError with a contract code. */
export class ApiClient {
  private readonly http: AxiosInstance;

  constructor(options: ApiClientOptions) {
    this.http = axios.create({
      baseURL: options.baseUrl,
      timeout: options.timeoutMs,
      headers: { 'X-Terminal-Id': options.terminalId, 'User-Agent': `quota-kiosk/${options.version}` },
      validateStatus: () => true,
      maxRedirects: 0,
    });
  }

  /** Resolves when the API answers healthy; rejects otherwise. */
  async health(signal?: AbortSignal): Promise<void> {
    await this.get(API_PATHS.health, healthResponseSchema, { signal });
  }

  catalogDocument(id: CatalogDocumentId, locale: Locale): Promise<CatalogDocument> {
    return this.get(apiPath(API_PATHS.catalogDocument, { id }), catalogDocumentSchema, { params: { locale } });
  }

  private async get<S extends z.ZodType>(
    path: string,
    schema: S,
    config: { params?: Record<string, string>; signal?: AbortSignal | undefined },
  ): Promise<z.output<S>> {
    let response;
    try {
      response = await this.http.get(path, config);
    } catch (error) {
      throw transportError(error);
    }
    if (response.status >= 400) {
      const body = apiErrorSchema.safeParse(response.data);
      if (body.success) throw new KioskError(body.data.error.code, body.data.error.message, body.data.error.fields);
      throw new KioskError('api.bad_response', `HTTP ${response.status} without an error body`);
    }
    const parsed = schema.safeParse(response.data);
    if (!parsed.success) throw new KioskError('api.bad_response', `response of ${path} does not match the contract`);
    return parsed.data;
  }
}

function transportError(error: unknown): KioskError {
  if (axios.isAxiosError(error) && (error.code === 'ECONNABORTED' || error.code === 'ETIMEDOUT')) {
    return new KioskError('api.timeout', 'the central API did not answer in time');
  }
  return new KioskError('api.unreachable', `the central API is unreachable (${(error as Error).message})`);
}
