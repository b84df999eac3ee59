/**
 * Shared by the framework host tests (test/react-host.test.tsx, test/vue-host.test.ts): an agency
 * endpoint in its own shape on the loopback server, the `transform` that reads it, and the proof
 * that a removed tracker sends nothing more.
 */
import { expect } from '@open-wc/testing';
import type { StatusTransform } from '../../src/index.js';
import { requests, script, statusAt, waitFor, waitForRequests, type LoggedRequest } from './index.js';

/** The agency's own response shape: `{ permit: { number, stage } }`, stage 1 to 5. */
export const permitAt = (number: string, stage: number) => ({ body: { permit: { number, stage } } });

/** Reads the agency's shape into a status document (five steps, `stage` current). */
export const permitTransform: StatusTransform = (body) => {
  const { permit } = body as { permit: { number: string; stage: number } };
  return statusAt(permit.stage, { applicationId: permit.number, title: 'Building permit' });
};

export const endpointFor = (key: string) => `/loopback/api/${key}?id={id}`;

/** The application ids the endpoint was asked for, in order. */
export async function askedFor(key: string): Promise<string[]> {
  return (await requests(key)).map((entry) => new URL(entry.url, location.href).searchParams.get('id') ?? '');
}

/** Waits until `key`'s request number `index` (0-based) has been closed by the client before any reply. */
export function abortedRequest(key: string, index: number): Promise<LoggedRequest> {
  return waitFor(async () => {
    const entry = (await requests(key))[index];
    return entry?.aborted ? entry : undefined;
  }, `request ${index} to ${key} to be aborted`);
}

/**
 * Removed trackers must send nothing more. Rather than wait a fixed time, a witness tracker that
 * stays on the page with the same refresh interval must make `rounds` more checks: in that time the
 * removed ones, had they kept a timer or a listener, would have made as many. Counted from the
 * moment of the call (after the removal), so a check that started just before it is not held
 * against them.
 */
export async function expectSilentWhileWitnessRefreshes(removedKeys: string[], witnessKey: string, rounds = 3): Promise<void> {
  const atRemoval = await Promise.all(removedKeys.map(async (key) => (await requests(key)).length));
  const witnessed = (await requests(witnessKey)).length;
  await waitForRequests(witnessKey, witnessed + rounds, 5000);
  for (const [i, key] of removedKeys.entries()) {
    expect((await requests(key)).length, `requests to ${key} after it was removed`).to.equal(atRemoval[i]);
  }
}

export { script };
