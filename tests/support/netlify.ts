import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { headersForPath, parseNetlifyHeaders } from "./netlify-headers.ts";
import { parseRedirects } from "./netlify-redirects.ts";
import type { StaticServerOptions } from "./static-server.ts";

/** What Netlify adds to a built site when it serves it: netlify.toml's headers and the build's _redirects. */
export function netlifyServing(root: string, configFile = "netlify.toml"): Pick<StaticServerOptions, "headersFor" | "redirects"> {
  const rules = parseNetlifyHeaders(readFileSync(configFile, "utf8"));
  const redirectsFile = path.join(root, "_redirects");
  return {
    headersFor: (urlPath) => headersForPath(rules, urlPath),
    redirects: existsSync(redirectsFile) ? parseRedirects(readFileSync(redirectsFile, "utf8")) : [],
  };
}
