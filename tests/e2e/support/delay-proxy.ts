import { createServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface DelayProxy {
  /** The proxy's base URL: configure the kiosk's centralApiUrl with it. */
  url: string;
  /** Holds every answer to `method path` (path without query) for `ms` before passing it on; 0 stops delaying. */
  delay(method: string, path: string, ms: number): void;
  /** Requests that reached the central API through the proxy, as `METHOD /path`. */
  seen(): string[];
  /** The Authorization scheme of each `method path` request that came through (`Bearer`, `Grant`, or `none`). */
  schemes(method: string, path: string): string[];
  close(): Promise<void>;
}

/**
 * A proxy between the kiosk and the reference central API that lets a test
 * hold chosen answers back, as a slow network would: the central API has
 * done the work (a session exists) while the kiosk is still waiting.
 */
export async function startDelayProxy(target: string): Promise<DelayProxy> {
  const delays = new Map<string, number>();
  const seen: string[] = [];
  const schemes: { key: string; scheme: string }[] = [];
  const upstream = new URL(target);

  function forward(incoming: IncomingMessage, outgoing: ServerResponse): void {
    const path = (incoming.url ?? '/').split('?')[0]!;
    const key = `${incoming.method} ${path}`;
    seen.push(key);
    schemes.push({ key, scheme: incoming.headers.authorization?.split(' ')[0] ?? 'none' });
    const proxied = httpRequest(
      { host: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers: incoming.headers },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          setTimeout(() => {
            outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
            outgoing.end(Buffer.concat(chunks));
          }, delays.get(key) ?? 0);
        });
      },
    );
    proxied.on('error', () => {
      outgoing.writeHead(502);
      outgoing.end();
    });
    incoming.pipe(proxied);
  }

  const server = createServer(forward);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    delay: (method, path, ms) => void (ms > 0 ? delays.set(`${method} ${path}`, ms) : delays.delete(`${method} ${path}`)),
    seen: () => [...seen],
    schemes: (method, path) => schemes.filter((entry) => entry.key === `${method} ${path}`).map((entry) => entry.scheme),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
