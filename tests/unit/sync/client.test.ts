import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { createClient, parseRetryAfter } from "../../../src/sync/client.ts";
import { startFakePoliceApi, type FakePoliceApi } from "../../../harness/fake-police-api.ts";

const anything = z.array(z.number());
let api: FakePoliceApi | undefined;
afterEach(async () => {
  await api?.close();
  api = undefined;
});

describe("createClient", () => {
  it("keeps to 15 requests a second with bursts of 30, counted at the server", async () => {
    api = await startFakePoliceApi({ "/x": [1] });
    const client = createClient({ baseUrl: api.baseUrl });
    const started = performance.now();
    await Promise.all(Array.from({ length: 66 }, () => client.get("/x", anything)));
    const elapsed = (performance.now() - started) / 1000;
    const times = api.log.map((r) => r.at);
    expect(times).toHaveLength(66);
    // A token bucket: in any window of W seconds, at most 30 + 15W requests. Checked for
    // windows of one and two seconds, give or take two requests: the server sees the
    // first ones late (connection set-up) and so their window a little short.
    for (const seconds of [1, 2]) {
      for (const start of times) {
        const inWindow = times.filter((t) => t >= start && t < start + seconds * 1000).length;
        expect(inWindow).toBeLessThanOrEqual(30 + 15 * seconds + 2);
      }
    }
    // And it really was held back: 36 requests beyond the burst take over two seconds. (A count
    // per calendar second would fail on a busy machine, where the burst reaches the server late.)
    expect(elapsed).toBeGreaterThan(2.2);
    expect(client.requests).toBe(66);
  });

  it("has at most `concurrency` requests in flight", async () => {
    api = await startFakePoliceApi({ "/x": [1] });
    for (let i = 0; i < 6; i++) api.script("/x", { hang: true });
    const client = createClient({ baseUrl: api.baseUrl, concurrency: 2, timeoutMs: 150, retries: 0 });
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => client.get("/x", anything)));
    expect(results.every((r) => r.status === "rejected")).toBe(true);
    const times = api.log.map((r) => r.at - (api?.log[0]?.at ?? 0));
    // Two at a time, each hanging until its 150 ms timeout: three waves.
    expect(times.filter((t) => t < 100)).toHaveLength(2);
    expect(times[5]).toBeGreaterThan(240);
  });

  it("pauses every request for a Retry-After, not just the one that got it", async () => {
    api = await startFakePoliceApi({ "/a": [1], "/b": [2] });
    api.script("/a", { status: 429, headers: { "retry-after": "1" } });
    const client = createClient({ baseUrl: api.baseUrl, minRetryDelayMs: 1 });
    const a = client.get("/a", anything);
    // /b must start after the 429 has come back: wait for the server to see /a, then for its answer to arrive.
    while (!api.log.some((r) => r.path === "/a")) await new Promise((resolve) => setTimeout(resolve, 10));
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(client.get("/b", anything)).resolves.toEqual([2]);
    await expect(a).resolves.toEqual([1]);
    const [first, second, third] = api.log;
    expect(first?.path).toBe("/a");
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950);
    expect(third?.path).toBeDefined();
  });

  it("does not retry a 404, broken JSON or the wrong shape, and says which", async () => {
    api = await startFakePoliceApi({ "/shape": { not: "a list" } });
    api.script("/json", { raw: "{", times: Infinity });
    const client = createClient({ baseUrl: api.baseUrl, minRetryDelayMs: 1 });
    await expect(client.get("/missing", anything)).rejects.toThrow("GET /missing: 404 Not Found");
    await expect(client.get("/json", anything)).rejects.toThrow(/^GET \/json: the answer is not valid JSON/);
    await expect(client.get("/shape", anything)).rejects.toThrow(/^GET \/shape: unexpected answer: the response: .*expected array/);
    expect(api.log).toHaveLength(3);
  });

  it("gives up after its retries on repeated 5xx", async () => {
    api = await startFakePoliceApi({ "/x": [1] });
    api.script("/x", { status: 503, times: Infinity });
    const client = createClient({ baseUrl: api.baseUrl, retries: 2, minRetryDelayMs: 1, maxRetryDelayMs: 5 });
    await expect(client.get("/x", anything)).rejects.toThrow("GET /x: 503 Service Unavailable (after 3 tries)");
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates", () => {
    expect(parseRetryAfter("2")).toBe(2000);
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:00:10 GMT", Date.parse("2026-01-01T00:00:00Z"))).toBe(10_000);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter("soon")).toBeUndefined();
  });
});
