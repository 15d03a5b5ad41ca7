/** URL paths of the central API contract, relative to its base URL. */
export const API_PREFIX = '/api/v1';

export const API_PATHS = {
  health: `${API_PREFIX}/health`,
  openapi: `${API_PREFIX}/openapi.json`,
  catalogDocument: `${API_PREFIX}/catalog/documents/:id`,
} as const;

/** Fills `:name` placeholders of a contract path. */
export function apiPath(template: string, params: Record<string, string>): string {
  return template.replace(/:([a-zA-Z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter ${name}`);
    return encodeURIComponent(value);
  });
}
