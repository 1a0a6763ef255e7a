import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadWards } from "../../../src/wards/load.ts";
import { forceFixtures, readFixtures, startFakePoliceApi, type FakePoliceApi } from "../../../harness/fake-police-api.ts";
import { makeSyncContent, writeSkeletons, type SkeletonEntry, type SyncContent } from "../../../harness/sync-content.ts";

/** Run `npm run sync:police`'s command; resolves when it exits. `onStderr` may kill it. */
function syncCli(args: readonly string[], onStderr?: (text: string, kill: () => void) => void) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/sync-police.ts", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    onStderr?.(stderr, () => child.kill("SIGKILL"));
  });
  return new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
}

let api: FakePoliceApi | undefined;
let content: SyncContent | undefined;
afterEach(async () => {
  await api?.close();
  content?.cleanup();
  api = undefined;
  content = undefined;
});

describe("npm run sync:police", () => {
  it("reports a failed ward and exits non-zero, having synced the others", async () => {
    api = await startFakePoliceApi(readFixtures());
    api.script("/metropolitan/E05013801/people", { body: { people: [] }, times: Infinity });
    content = makeSyncContent();
    const result = await syncCli(["--base-url", api.baseUrl, "--content", content.contentDir, "--timeout", "0.5", "--retries", "1"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^Synced 10 of 11 metropolitan neighbourhoods in [\d.]+ s \(\d+ requests, [\d.]+ a second\)\.$/m);
    expect(result.stdout).toMatch(/^Updated 10, unchanged 0, created 0, conflicts in 0, failed 1\.$/m);
    expect(result.stdout).toMatch(/^ {2}E05013801 Marylebone \(.*marylebone\.yaml\): GET \/metropolitan\/E05013801\/people: unexpected answer/m);
    expect(result.stderr).toMatch(/^\[\d+\/11\] E05013655 Camden Town: updated$/m);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it("leaves every ward file valid, old or new, when killed part-way", async () => {
    const wards: SkeletonEntry[] = Array.from({ length: 40 }, (_, i) => ({
      code: `E0509${String(i).padStart(4, "0")}`,
      name: `Test Ward ${i + 1}`,
      boroughCode: "E09000007",
      boroughName: "Camden",
    }));
    api = await startFakePoliceApi(forceFixtures(wards.map((w) => ({ code: w.code, name: w.name, boroughSlug: "camden" }))));
    content = makeSyncContent();
    writeSkeletons(wards, content.contentDir);
    const dir = path.join(content.contentDir, "wards", "camden");
    const before = new Map(readdirSync(dir).filter((name) => name.startsWith("test-ward-")).map((name) => [name, readFileSync(path.join(dir, name), "utf8")]));

    const result = await syncCli(["--base-url", api.baseUrl, "--content", content.contentDir], (stderr, kill) => {
      if (/^\[12\//m.test(stderr)) kill();
    });
    expect(result.signal).toBe("SIGKILL");

    const { problems } = loadWards(content.contentDir);
    expect(problems).toEqual([]);
    expect(before.size).toBe(40);
    const changed = [...before].filter(([name, text]) => readFileSync(path.join(dir, name), "utf8") !== text);
    expect(changed.length).toBeGreaterThanOrEqual(12);
    expect(changed.length).toBeLessThan(before.size);
    for (const name of readdirSync(path.join(content.contentDir, "wards", ".sync"))) {
      if (name.endsWith(".json")) expect(() => JSON.parse(readFileSync(path.join(content!.contentDir, "wards", ".sync", name), "utf8"))).not.toThrow();
    }
  });
});
