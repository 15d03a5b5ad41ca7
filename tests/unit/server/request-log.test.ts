import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { buildServer } from '../../../server/app.ts';
import { registerErrorHandling } from '../../../server/http/errors.ts';
import { loggingOptions, registerRequestLog } from '../../../server/http/request-log.ts';
import { API_PATHS, apiPath } from '../../../shared/contract/paths.ts';

/** A stream that keeps every log line written to it. */
function captureLog() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      callback();
    },
  });
  return { lines, stream };
}

describe('request log', () => {
  it('logs method, route template, status, time and request id, and nothing personal', async () => {
    const { lines, stream } = captureLog();
    const app = await buildServer({ dbPath: ':memory:', logger: { stream } });
    try {
      const url = `${apiPath(API_PATHS.catalogDocument, { id: 'management-rules' })}?locale=en&idNumber=11010519491231002X`;
      const response = await app.inject({
        method: 'GET',
        url,
        headers: { 'x-citizen-phone': '13812345678', 'user-agent': 'kiosk-test-agent' },
      });
      expect(response.statusCode).toBe(200);
    } finally {
      await app.close();
    }

    const requestLines = lines.map((line) => JSON.parse(line)).filter((entry) => entry.msg === 'request completed');
    expect(requestLines).toHaveLength(1);
    expect(requestLines[0]).toMatchObject({
      method: 'GET',
      route: '/api/v1/catalog/documents/:id',
      statusCode: 200,
      responseTimeMs: expect.any(Number),
      reqId: expect.any(String),
    });
    const all = lines.join('\n');
    for (const leak of ['locale=en', 'management-rules', '11010519491231002X', '13812345678', 'kiosk-test-agent', '127.0.0.1']) {
      expect(all).not.toContain(leak);
    }
  });

  it('scrubs personal data from logged errors', async () => {
    const { lines, stream } = captureLog();
    const app = Fastify(loggingOptions({ stream }));
    registerErrorHandling(app);
    registerRequestLog(app);
    app.get('/boom', async () => {
      throw new Error('lookup failed for 11010519491231002X / 13812345678');
    });
    try {
      expect((await app.inject({ method: 'GET', url: '/boom' })).statusCode).toBe(500);
    } finally {
      await app.close();
    }
    const all = lines.join('\n');
    expect(all).toContain('110*************2X');
    expect(all).toContain('138****5678');
    expect(all).not.toContain('11010519491231002X');
    expect(all).not.toContain('13812345678');
  });
});
