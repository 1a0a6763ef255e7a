import { SearchIndexError, type SearchIndexReport, type SearchIndexSession } from "./indexer.ts";
import type { SearchRecord } from "./records.ts";
import { startTypeScriptWorker } from "../threads/typescript-worker.ts";

/** What the build thread asks of the index thread. */
export type IndexRequest =
  | { readonly type: "add"; readonly sourcePath: string; readonly html: string }
  | { readonly type: "record"; readonly record: SearchRecord }
  | { readonly type: "finish"; readonly outputPath: string }
  | { readonly type: "abort" };

/** What the index thread answers, once, to finish or abort. */
export type IndexResponse =
  | { readonly type: "finished"; readonly report: SearchIndexReport }
  | { readonly type: "failed"; readonly message: string; readonly problems?: readonly string[] }
  | { readonly type: "aborted" };

/**
 * The search index, run from a worker thread. Pagefind's Node API talks to
 * its indexer through a pipe, and a pipe is only drained when the thread that
 * owns it gets back to its event loop. Eleventy's rendering keeps the main
 * thread busy for a second or more at a time, so pages sent from it sat in
 * the pipe until rendering was over (704 ward records sent at 1.4 s were
 * indexed at 2.6 s). From a worker, Pagefind takes them in while Eleventy
 * renders, on the second core; the main thread only posts messages.
 */
export function startSearchIndexThread(): SearchIndexSession {
  const worker = startTypeScriptWorker(new URL("./index-worker.ts", import.meta.url));
  let settled = false;
  const answer = new Promise<IndexResponse>((resolve, reject) => {
    worker.once("message", (response: IndexResponse) => {
      settled = true;
      resolve(response);
    });
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (!settled) reject(new Error(`Pagefind stopped without writing the search index (its own error is above; thread exit code ${code})`));
    });
  });
  // Until finish() or abort() awaits it, a crashed worker must not count as an unhandled rejection.
  answer.catch(() => undefined);
  // A build that fails before finish() must still exit: only a finish or abort
  // in progress keeps the process alive. (After the listeners: adding a
  // 'message' listener refs the worker again.)
  worker.unref();
  let records = 0;
  let closed = false;
  const send = (request: IndexRequest) => {
    if (closed) throw new Error("the search index is already finished");
    worker.postMessage(request);
  };
  const settle = async (request: IndexRequest) => {
    worker.ref();
    send(request);
    closed = true;
    try {
      return await answer;
    } finally {
      await worker.terminate();
    }
  };

  return {
    add(sourcePath, html) {
      send({ type: "add", sourcePath, html });
    },
    addRecord(record) {
      records += 1;
      send({ type: "record", record });
    },
    async finish(outputPath) {
      const response = await settle({ type: "finish", outputPath });
      if (response.type === "finished") return response.report;
      if (response.type === "failed") {
        throw response.problems ? new SearchIndexError(response.problems) : new Error(response.message);
      }
      throw new Error(`the search index thread answered ${response.type} to finish`);
    },
    async abort() {
      if (closed) return;
      await settle({ type: "abort" }).catch(() => undefined);
    },
  };
}
