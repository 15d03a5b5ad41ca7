// IPC boundary cost: a request through the checked dispatcher (sender check,
// zod parse of request and response) against calling the handler directly, in
// the same run; tests/bench/run.ts reports the ratio.
import type { BenchCase } from './run.ts';
import { registerIpcHandlers, type IpcHandlers, type IpcMainLike } from '../../electron/main/ipc/dispatch.ts';
import type { SenderEvent } from '../../electron/main/security/sender.ts';
import type { CatalogDocument } from '../../shared/contract/catalog.ts';
import { stubHandlers } from '../unit/main/stub-handlers.ts';

const doc: CatalogDocument = {
  id: 'management-rules',
  locale: 'zh-CN',
  title: '海南省小客车保有量调控管理办法（试行）',
  sections: Array.from({ length: 10 }, (_, i) => ({ heading: `第${i + 1}章`, paragraphs: Array.from({ length: 8 }, () => '条文'.repeat(40)) })),
  publishedOn: '2018-07-31',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const handlers: IpcHandlers = stubHandlers({
  'app:info': () => ({ version: '1', terminalId: 't', hallName: 'h', defaultLocale: 'zh-CN', idleTimeoutSeconds: 90, idleCountdownSeconds: 20, demoMode: false }),
  'connectivity:get': () => ({ online: true, checkedAt: null }),
  'catalog:document': () => doc,
});
const registered = new Map<string, (event: SenderEvent, ...args: unknown[]) => Promise<unknown>>();
const ipc: IpcMainLike = { handle: (c, l) => void registered.set(c, l), removeHandler: (c) => void registered.delete(c) };
registerIpcHandlers(ipc, handlers, { isTrusted: () => true, gate: { epoch: () => 1, accepting: () => true }, log: console });
const event: SenderEvent = { sender: { id: 1 }, senderFrame: { url: 'app://kiosk/index.html', parent: null } };
const request = { id: 'management-rules', locale: 'zh-CN' } as const;
const dispatch = registered.get('catalog:document')!;

export const cases: BenchCase = {
  name: 'catalog:document over IPC',
  baseline: ['handler called directly', () => handlers['catalog:document'](request, { epoch: 1 })],
  candidates: [['checked dispatch (sender + request + response validation)', () => dispatch(event, request)]],
};
