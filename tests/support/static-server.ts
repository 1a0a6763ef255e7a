import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import sirv from "sirv";
import type { Redirect } from "../../src/redirects/netlify-redirects.ts";
import { findRedirect } from "./netlify-redirects.ts";

export interface StaticServerOptions {
  readonly root: string;
  readonly port?: number;
  /** Mounts the site under a path prefix, as a subfolder deploy would. */
  readonly pathPrefix?: string;
  /** Response headers for a path within the site (prefix removed), as the CDN would add them. */
  readonly headersFor?: (urlPath: string) => Record<string, string>;
  /** Netlify redirects, followed for paths (prefix removed) that have no file. */
  readonly redirects?: readonly Redirect[];
}

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** Files Netlify reads as configuration and never serves. */
const CONFIG_FILES = new Set(["/_redirects", "/_headers"]);

/**
 * Serves a built site the way Netlify does: clean URLs, the site's own
 * 404.html (with status 404) for unknown paths, optional headers, and
 * redirects that apply only where no file exists (Netlify's default).
 */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const prefix = options.pathPrefix ?? "/";
  const files = sirv(options.root, { dev: true, etag: true, extensions: ["html"] });
  const notFoundPage = readFileSync(path.join(options.root, "404.html"));
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const inside = url.pathname.startsWith(prefix);
    const sitePath = inside ? `/${url.pathname.slice(prefix.length)}` : url.pathname;
    for (const [name, value] of Object.entries(options.headersFor?.(sitePath) ?? {})) res.setHeader(name, value);
    const sendNotFound = () => {
      res.statusCode = 404;
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end(notFoundPage);
    };
    if (!inside || CONFIG_FILES.has(sitePath)) return sendNotFound();
    req.url = `${sitePath}${url.search}`;
    files(req, res, () => {
      const redirect = findRedirect(options.redirects ?? [], sitePath);
      if (!redirect) return sendNotFound();
      res.statusCode = redirect.status;
      res.setHeader("Location", redirect.to);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
