/**
 * State held once per server process, whichever Next.js bundle asks for it.
 *
 * `next start` loads a module once per route bundle and server layer (each page, route handler
 * and the RSC/SSR layers get their own instance), so a module-level `const cache = new Map()`
 * is one cache per bundle: the listing snapshot was built and held once per route visited, each
 * bundle opened its own read connection, started its own worker threads and moved its own view
 * of the data generation. A value made here lives on globalThis under a registry symbol
 * (Symbol.for: the same symbol in every bundle of the process), so the first bundle to ask makes
 * it and every other one gets the same object.
 *
 * `name` must be unique in the project and stable; a change in the value's shape takes a new
 * name (two builds' bundles never share a process, but a dev server's reloads do).
 */
const PREFIX = "llmnews.process.";

export function processShared<T>(name: string, make: () => T): T {
  const key = Symbol.for(PREFIX + name);
  const slots = globalThis as unknown as Record<symbol, T | undefined>;
  let value = slots[key];
  if (value === undefined) {
    value = make();
    slots[key] = value;
  }
  return value;
}
