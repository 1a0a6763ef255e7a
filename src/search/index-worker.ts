import { parentPort } from "node:worker_threads";
import type { IndexRequest, IndexResponse } from "./index-thread.ts";
import { SearchIndexError, startSearchIndex } from "./indexer.ts";

// The search index's own thread; see startSearchIndexThread in index-thread.ts.
const port = parentPort;
if (!port) throw new Error("src/search/index-worker.ts runs as a worker thread");
const session = startSearchIndex();
const reply = (response: IndexResponse) => port.postMessage(response);

port.on("message", (request: IndexRequest) => {
  switch (request.type) {
    case "add":
      session.add(request.sourcePath, request.html);
      break;
    case "record":
      session.addRecord(request.record);
      break;
    case "finish":
      // From here only Pagefind's process keeps this thread alive. Pagefind's
      // Node API never answers if that process dies (a panic), so the thread
      // then ends, and the build thread reports it instead of waiting forever.
      port.unref();
      session.finish(request.outputPath).then(
        (report) => reply({ type: "finished", report }),
        (error: unknown) =>
          reply({
            type: "failed",
            message: error instanceof Error ? error.message : String(error),
            ...(error instanceof SearchIndexError ? { problems: error.problems } : {}),
          }),
      );
      break;
    case "abort":
      port.unref();
      session.abort().then(() => reply({ type: "aborted" }));
      break;
  }
});
