import { parentPort, workerData } from "node:worker_threads";
import type { WardFile } from "./files.ts";
import { runReadWorker } from "./read-parallel.ts";

// The second thread of a large ward load; see readWardFilesInParallel in read-parallel.ts.
runReadWorker(workerData as { files: readonly WardFile[]; counter: SharedArrayBuffer; chunk: number }, (message) => parentPort?.postMessage(message));
