import { parentPort, workerData } from "node:worker_threads";
import { runReadWorker, type WardFile } from "./load.ts";

// The second thread of a large ward load; see readWardFilesInParallel in load.ts.
runReadWorker(workerData as { files: readonly WardFile[]; counter: SharedArrayBuffer; chunk: number }, (message) => parentPort?.postMessage(message));
