import { createReadStream, readFileSync, statSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import type { Browser } from "@playwright/test";
import { spread, type Spread } from "./stats.ts";

export interface TransferLog {
  readonly url: string;
  /** Body bytes as sent: gzip for text the browser accepts it for, else the file as stored. */
  readonly sent: number;
  /** Body bytes had the CDN sent brotli, which browsers ask for only over HTTPS. */
  readonly brotli: number;
  readonly raw: number;
}

export interface ColdSearchResult {
  readonly query: string;
  /** Last keystroke to the first result link on screen, in milliseconds. */
  readonly firstResultMs: Spread;
  /** Bytes from opening the search page to its results, per run. */
  readonly sentBytes: Spread;
  readonly brotliBytes: Spread;
  /** The requests of the median run, largest first. */
  readonly requests: readonly TransferLog[];
}

/** Text Netlify compresses on the way out; Pagefind's own files are gzip already. */
const COMPRESSIBLE: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

/**
 * A static server that compresses text the way a CDN does, and logs what
 * each response cost on the wire.
 */
export async function startCompressingServer(root: string): Promise<{ origin: string; log: TransferLog[]; close(): Promise<void> }> {
  const log: TransferLog[] = [];
  const compressed = new Map<string, { gzip: Buffer; brotli: number }>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    let file = path.join(root, decodeURIComponent(url.pathname));
    try {
      if (statSync(file).isDirectory()) file = path.join(file, "index.html");
      statSync(file);
    } catch {
      res.statusCode = 404;
      res.end();
      return;
    }
    const type = COMPRESSIBLE[path.extname(file)];
    res.setHeader("Cache-Control", "no-cache");
    if (type) {
      let entry = compressed.get(file);
      if (!entry) {
        const body = readFileSync(file);
        entry = { gzip: gzipSync(body), brotli: brotliCompressSync(body).length };
        compressed.set(file, entry);
      }
      res.setHeader("Content-Type", type);
      const raw = statSync(file).size;
      if (/\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
        res.setHeader("Content-Encoding", "gzip");
        res.end(entry.gzip);
        log.push({ url: url.pathname, sent: entry.gzip.length, brotli: entry.brotli, raw });
      } else {
        res.end(readFileSync(file));
        log.push({ url: url.pathname, sent: raw, brotli: entry.brotli, raw });
      }
      return;
    }
    const size = statSync(file).size;
    res.setHeader("Content-Type", file.endsWith(".wasm") ? "application/wasm" : "application/octet-stream");
    createReadStream(file).pipe(res);
    log.push({ url: url.pathname, sent: size, brotli: size, raw: size });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

declare global {
  interface Window {
    __lastKey?: number;
    __firstResult?: number;
  }
}

/**
 * One cold search per run: a fresh browser context (empty cache) opens the
 * search page, types the query, and the page itself times the last keystroke
 * to the first result link appearing.
 */
export async function measureColdSearch(browser: Browser, siteDir: string, query: string, runs: number): Promise<ColdSearchResult> {
  const server = await startCompressingServer(siteDir);
  const times: number[] = [];
  const perRun: TransferLog[][] = [];
  try {
    for (let run = 0; run < runs + 1; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const start = server.log.length;
      await page.goto(`${server.origin}/search/`);
      const input = page.getByRole("main").getByRole("searchbox");
      await input.waitFor({ state: "visible" });
      await page.evaluate(() => {
        const field = document.querySelector("[data-search-ui] input[name=q]");
        field?.addEventListener("input", () => {
          window.__lastKey = performance.now();
          window.__firstResult = undefined;
        });
        const results = document.querySelector("[data-search-results]");
        if (!results) throw new Error("no results list ([data-search-results]) on the search page");
        new MutationObserver(() => {
          if (window.__lastKey !== undefined && window.__firstResult === undefined && results.querySelector("a[href]")) {
            window.__firstResult = performance.now();
          }
        }).observe(results, { childList: true, subtree: true });
      });
      await input.pressSequentially(query);
      await page.waitForFunction(() => window.__firstResult !== undefined, undefined, { timeout: 15_000 });
      const ms = await page.evaluate(() => (window.__firstResult ?? 0) - (window.__lastKey ?? 0));
      // Let the result fragments that follow the first result finish loading.
      await page.waitForLoadState("networkidle");
      await context.close();
      // The first run warms the server's compression cache and the disk, not the browser.
      if (run === 0) continue;
      times.push(ms);
      perRun.push(server.log.slice(start));
    }
  } finally {
    await server.close();
  }
  const totals = perRun.map((requests) => requests.reduce((sum, r) => sum + r.sent, 0));
  const brotli = perRun.map((requests) => requests.reduce((sum, r) => sum + r.brotli, 0));
  const sent = spread(totals);
  const medianRun = perRun[totals.indexOf(totals.find((t) => t >= sent.median) ?? totals[0] ?? 0)] ?? [];
  return {
    query,
    firstResultMs: spread(times),
    sentBytes: sent,
    brotliBytes: spread(brotli),
    requests: [...medianRun].sort((a, b) => b.sent - a.sent),
  };
}
