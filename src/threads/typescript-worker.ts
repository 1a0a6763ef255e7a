import { Worker } from "node:worker_threads";

/**
 * A worker thread running a TypeScript module. The build runs under
 * `node --import tsx`, but a worker's --import flag does not apply to its
 * entry module, so the worker registers tsx itself before importing it.
 *
 * @param entry the module's URL, usually `new URL("./some-worker.ts", import.meta.url)`
 */
export function startTypeScriptWorker(entry: URL, workerData?: unknown): Worker {
  const source = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(source, { eval: true, workerData });
}
