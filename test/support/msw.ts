/** One msw worker per test file: start it before, reset handlers after each test, stop it after. */
import { setupWorker } from 'msw/browser';
import type { RequestHandler } from 'msw';

export const worker = setupWorker();

export function useMockApi(...handlers: RequestHandler[]): void {
  before(async () => {
    await worker.start({ quiet: true, onUnhandledFrame: 'bypass' } as Parameters<typeof worker.start>[0]);
    worker.use(...handlers);
  });
  afterEach(() => worker.resetHandlers(...handlers));
  after(() => worker.stop());
}
