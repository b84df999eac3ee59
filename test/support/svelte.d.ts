/** Svelte components imported by the host tests (compiled when served: test/server/framework-hosts.js). */
declare module '*.svelte' {
  import type { Component } from 'svelte';
  const component: Component<Record<string, unknown>, { update(changes: Record<string, unknown>): void }>;
  export default component;
}
