import { readFileSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/*
 * A fake data.police.uk on 127.0.0.1 (a random port), serving recorded
 * neighbourhood fixtures, so no test reaches the internet. A test can script
 * replies for a path before the fixture is served: an error status with
 * Retry-After, a request that never answers, broken JSON, a wrong shape.
 */

export interface Reply {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  /** Sent as JSON. */
  readonly body?: unknown;
  /** Sent as it is (for malformed JSON). */
  readonly raw?: string;
  /** Never answer. */
  readonly hang?: boolean;
  /** How many requests this reply answers (default 1; Infinity for all). */
  readonly times?: number;
}

export interface FakePoliceApi {
  /** Like https://data.police.uk/api: pass it as --base-url. */
  readonly baseUrl: string;
  /** Every request, in order: its path (without /api) and when it arrived (ms, performance.now()). */
  readonly log: { readonly path: string; readonly at: number }[];
  /** Change what a path serves once its scripted replies are used up. */
  set(path: string, body: unknown): void;
  get(path: string): unknown;
  /** Replies served, in order, before the fixture. */
  script(path: string, ...replies: Reply[]): void;
  close(): Promise<void>;
}

export const FIXTURES = "tests/fixtures/sync/police-api.json";

export function readFixtures(file = FIXTURES): Record<string, unknown> {
  return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
}

export async function startFakePoliceApi(fixtures: Record<string, unknown> = readFixtures()): Promise<FakePoliceApi> {
  const data = new Map(Object.entries(structuredClone(fixtures)));
  const scripts = new Map<string, { reply: Reply; left: number }[]>();
  const log: { path: string; at: number }[] = [];
  const send = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(body);
  };

  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname).replace(/^\/api/, "");
    log.push({ path, at: performance.now() });
    const queue = scripts.get(path);
    const next = queue?.[0];
    if (queue && next) {
      if (--next.left <= 0) queue.shift();
      const { reply } = next;
      if (reply.hang) return; // Keep the socket open and say nothing.
      return send(res, reply.status ?? 200, reply.raw ?? JSON.stringify(reply.body ?? null), reply.headers);
    }
    if (!data.has(path)) return send(res, 404, JSON.stringify({ error: "not found" }));
    send(res, 200, JSON.stringify(data.get(path)));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/api`,
    log,
    set: (path, body) => void data.set(path, body),
    get: (path) => data.get(path),
    script(path, ...replies) {
      const queue = scripts.get(path) ?? [];
      queue.push(...replies.map((reply) => ({ reply, left: reply.times ?? 1 })));
      scripts.set(path, queue);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A whole force of `count` neighbourhoods, each a small team, for scale runs. */
export function forceFixtures(wards: readonly { readonly code: string; readonly name: string; readonly boroughSlug: string }[]): Record<string, unknown> {
  const fixtures: Record<string, unknown> = { "/metropolitan/neighbourhoods": wards.map((w) => ({ id: w.code, name: w.name })) };
  for (const w of wards) {
    const base = `/metropolitan/${w.code}`;
    fixtures[base] = {
      id: w.code,
      name: w.name,
      description: `<p>The ${w.name} Safer Neighbourhoods team.</p>`,
      url_force: `https://www.met.police.uk/a/your-area/met/${w.boroughSlug}/`,
      contact_details: { email: "team.snt@met.police.uk", telephone: "020 7230 1212" },
      links: [],
      centre: { latitude: "51.51", longitude: "-0.12" },
      locations: [],
      population: "0",
    };
    fixtures[`${base}/people`] = [
      { name: "Sam Patel", rank: "PC", bio: `<p>Sam is the dedicated ward officer for ${w.name}.</p>`, contact_details: {} },
      { name: "Jo Evans", rank: "PCSO", bio: `<p>Jo is the dedicated PCSO for ${w.name}.</p>`, contact_details: {} },
      { name: "Lee Carter", rank: "Sergeant", bio: null, contact_details: {} },
    ];
    fixtures[`${base}/priorities`] = [{ issue: "<p>Anti-social behaviour</p>", action: "<p>Patrols.</p>", "issue-date": "2026-07-01T00:00:00", "action-date": "2026-08-01T00:00:00" }];
    fixtures[`${base}/events`] = [];
  }
  return fixtures;
}
