import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { startTypeScriptWorker } from "../threads/typescript-worker.ts";
import { deepFreeze, readWardFile, type FileOutcome, type WardFile } from "./files.ts";

/** Below this many files to read, starting a second thread costs more than it saves. */
export const PARALLEL_MIN_FILES = 2_000;
const CHUNK = 100;

/**
 * Read files on this thread and one worker thread at once. Both take chunks
 * from a shared counter, so the work splits itself however long the worker
 * takes to start, and none of it waits for the worker if this thread is done
 * first. If the worker fails, this thread reads whatever it left.
 */
export async function readWardFilesInParallel(files: readonly WardFile[], parallelFrom: number): Promise<FileOutcome[]> {
  const outcomes: (FileOutcome | undefined)[] = new Array(files.length);
  const readRange = (start: number) => {
    for (let i = start; i < Math.min(start + CHUNK, files.length); i++) {
      const file = files[i] as WardFile;
      outcomes[i] = readWardFile(file.absolute, file.shown);
    }
  };
  if (files.length === 0 || files.length < parallelFrom || availableParallelism() < 2) {
    for (let start = 0; start < files.length; start += CHUNK) readRange(start);
    return outcomes as FileOutcome[];
  }
  const counter = new Int32Array(new SharedArrayBuffer(4));
  let filled = 0;
  let allFilled: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (allFilled = resolve));
  const worker = startReadWorker({ files, counter: counter.buffer as SharedArrayBuffer, chunk: CHUNK });
  let failed = false;
  worker.on("message", (message: { start: number; outcomes: FileOutcome[] }) => {
    message.outcomes.forEach((outcome, i) => {
      outcomes[message.start + i] = outcome.entry ? { ...outcome, entry: { ...outcome.entry, ward: deepFreeze(outcome.entry.ward) } } : outcome;
    });
    filled += message.outcomes.length;
    if (filled === files.length) allFilled();
  });
  worker.once("error", () => {
    failed = true;
    allFilled();
  });
  try {
    for (let start = Atomics.add(counter, 0, CHUNK); start < files.length; start = Atomics.add(counter, 0, CHUNK)) {
      readRange(start);
      filled += Math.min(CHUNK, files.length - start);
    }
    if (filled < files.length) await done;
  } finally {
    await worker.terminate();
  }
  if (failed) {
    for (let i = 0; i < files.length; i++) {
      const file = files[i] as WardFile;
      outcomes[i] ??= readWardFile(file.absolute, file.shown);
    }
  }
  return outcomes as FileOutcome[];
}

function startReadWorker(data: { files: readonly WardFile[]; counter: SharedArrayBuffer; chunk: number }): Worker {
  return startTypeScriptWorker(new URL("./read-worker.ts", import.meta.url), data);
}

/** Read one chunk of files at a time, claimed from the shared counter, for readWardFilesInParallel. */
export function runReadWorker(data: { files: readonly WardFile[]; counter: SharedArrayBuffer; chunk: number }, post: (message: unknown) => void): void {
  const counter = new Int32Array(data.counter);
  for (let start = Atomics.add(counter, 0, data.chunk); start < data.files.length; start = Atomics.add(counter, 0, data.chunk)) {
    const outcomes = data.files.slice(start, start + data.chunk).map((file) => readWardFile(file.absolute, file.shown));
    post({ start, outcomes });
  }
}
