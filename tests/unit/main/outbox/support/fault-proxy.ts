/**
 * An HTTP proxy on loopback between the outbox's sender and the reference
 * server that misbehaves the way networks do, chosen per request by a
 * seeded random: drop the connection before forwarding, delay, answer 500
 * without forwarding, forward and then reset the connection once the server
 * has committed, forward and answer 502, forward and never answer (the reply
 * lost: the sender times out).
 */
import { createServer, request as forward, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export const FAULTS = ['pass', 'drop', 'delay', 'error_500', 'reset_after_commit', 'bad_gateway_after_commit', 'reply_lost'] as const;
export type Fault = (typeof FAULTS)[number];

/** mulberry32: a small seeded PRNG, so a failing run can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Upstream = { status: number; headers: IncomingMessage['headers']; body: Buffer };

function relay(target: URL, request: IncomingMessage, body: Buffer): Promise<Upstream> {
  return new Promise((resolve, reject) => {
    const out = forward(
      { host: target.hostname, port: target.port, method: request.method, path: request.url, headers: { ...request.headers, host: target.host } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 502, headers: response.headers, body: Buffer.concat(chunks) }));
        response.on('error', reject);
      },
    );
    out.on('error', reject);
    out.end(body);
  });
}

const readBody = (request: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });

/** Starts the proxy in front of `upstream`; `weights` says how often each fault is chosen (the rest pass). */
export async function startFaultProxy(upstream: string, random: () => number, weights: Partial<Record<Fault, number>>) {
  const target = new URL(upstream);
  const counts = Object.fromEntries(FAULTS.map((fault) => [fault, 0])) as Record<Fault, number>;
  const sockets = new Set<Socket>();
  const choose = (): Fault => {
    let roll = random();
    for (const [fault, weight] of Object.entries(weights) as [Fault, number][]) {
      if (roll < weight) return fault;
      roll -= weight;
    }
    return 'pass';
  };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    const fault = choose();
    counts[fault] += 1;
    const answer = (upstreamAnswer: Upstream) => response.writeHead(upstreamAnswer.status, upstreamAnswer.headers).end(upstreamAnswer.body);
    switch (fault) {
      case 'drop':
        request.socket.resetAndDestroy();
        return;
      case 'error_500':
        response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'internal_error', message: 'proxy' } }));
        return;
      case 'delay':
        await new Promise((resolve) => setTimeout(resolve, 5 + random() * 20));
        answer(await relay(target, request, body));
        return;
      case 'reset_after_commit':
        await relay(target, request, body);
        request.socket.resetAndDestroy();
        return;
      case 'bad_gateway_after_commit':
        await relay(target, request, body);
        response.writeHead(502, { 'content-type': 'text/plain' }).end('bad gateway');
        return;
      case 'reply_lost':
        await relay(target, request, body);
        return; // never answered: the sender gives up; the socket is closed with the proxy
      case 'pass':
        answer(await relay(target, request, body));
    }
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => request.socket.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    counts,
    close(): Promise<void> {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
