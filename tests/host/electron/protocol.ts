type Handler = (request: Request) => Response | Promise<Response>;

let ready = false;
const privileged = new Set<string>();
const handlers = new Map<string, Handler>();

/** protocol stand-in; schemes are served through the runtime's route interception. */
export const protocol = {
  registerSchemesAsPrivileged(schemes: { scheme: string }[]): void {
    if (ready) throw new Error('protocol.registerSchemesAsPrivileged must be called before app is ready');
    for (const { scheme } of schemes) privileged.add(scheme);
  },
  handle(scheme: string, handler: Handler): void {
    if (handlers.has(scheme)) throw new Error(`scheme ${scheme} is already handled`);
    handlers.set(scheme, handler);
  },
  unhandle(scheme: string): void {
    handlers.delete(scheme);
  },
  isProtocolHandled: (scheme: string): boolean => handlers.has(scheme),
};

export function markReady(): void {
  ready = true;
}

/** Schemes main has registered as privileged (standard), i.e. served at their own origin. */
export const customSchemes: ReadonlySet<string> = privileged;

export function schemeHandler(scheme: string): Handler | undefined {
  return handlers.get(scheme);
}
