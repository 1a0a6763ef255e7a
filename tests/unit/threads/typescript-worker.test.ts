import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { startTypeScriptWorker } from "../../../src/threads/typescript-worker.ts";

describe("startTypeScriptWorker", () => {
  it("runs a TypeScript module on a worker thread, with its data", async () => {
    const worker = startTypeScriptWorker(new URL("../../fixtures/threads/echo-worker.ts", import.meta.url), { greeting: "Hello" });
    const [message] = await once(worker, "message");
    expect(message).toBe("Hello, from a TypeScript worker");
    await worker.terminate();
  });
});
