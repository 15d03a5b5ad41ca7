import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../../server/app.ts';
import { API_PATHS } from '../../../shared/contract/paths.ts';

/** Resolves once `port` on loopback could be bound (and releases it again). */
function canListenOn(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

describe('startServer', () => {
  it('listens on a free loopback port and frees it on close', async () => {
    const server = await startServer({ dbPath: ':memory:' });
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);

    const response = await fetch(`${server.url}${API_PATHS.health}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
    expect(await canListenOn(server.port)).toBe(false);

    await server.close();
    await server.close();
    expect(await canListenOn(server.port)).toBe(true);
    await expect(fetch(`${server.url}${API_PATHS.health}`)).rejects.toThrow();
  });
});
