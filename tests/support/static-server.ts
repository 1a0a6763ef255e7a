import { readFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import sirv from "sirv";

export interface StaticServerOptions {
  readonly root: string;
  readonly port?: number;
  /** Mounts the site under a path prefix, as a subfolder deploy would. */
  readonly pathPrefix?: string;
  /** Response headers for a request path, as the CDN would add them. */
  readonly headersFor?: (urlPath: string) => Record<string, string>;
}

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * Serves a built site the way Netlify does: clean URLs, the site's own
 * 404.html (with status 404) for unknown paths, and optional headers.
 */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const prefix = options.pathPrefix ?? "/";
  const files = sirv(options.root, { dev: true, etag: true, extensions: ["html"] });
  const notFoundPage = readFileSync(path.join(options.root, "404.html"));
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    for (const [name, value] of Object.entries(options.headersFor?.(url.pathname) ?? {})) res.setHeader(name, value);
    const sendNotFound = () => {
      res.statusCode = 404;
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end(notFoundPage);
    };
    if (!url.pathname.startsWith(prefix)) return sendNotFound();
    req.url = `/${url.pathname.slice(prefix.length)}${url.search}`;
    files(req, res, sendNotFound);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
