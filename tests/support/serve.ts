import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { parseArgs } from "node:util";
import { pinnedClockEnv } from "../../harness/clock.ts";
import { netlifyServing } from "./netlify.ts";
import { startStaticServer } from "./static-server.ts";

/**
 * `node --import tsx tests/support/serve.ts --root _site --port 4173 [--prefix /sub/] [--netlify] [--build]`:
 * Playwright's web server. --netlify adds netlify.toml's headers and the build's _redirects, as the CDN would.
 * --build first builds the site into --root with PATH_PREFIX set to --prefix, as a subfolder deploy would.
 */
const { values } = parseArgs({
  options: {
    root: { type: "string", default: "_site" },
    port: { type: "string", default: "4173" },
    prefix: { type: "string", default: "/" },
    netlify: { type: "boolean", default: false },
    build: { type: "boolean", default: false },
  },
});
if (values.build) {
  rmSync(values.root, { recursive: true, force: true });
  const cli = ["--import", "tsx", "node_modules/@11ty/eleventy/cmd.cjs", "--config=.eleventy.ts", `--output=${values.root}`, "--quiet"];
  const built = spawnSync(process.execPath, cli, { env: { ...pinnedClockEnv(), PATH_PREFIX: values.prefix }, stdio: "inherit" });
  if (built.status !== 0) throw new Error(`Building the site for ${values.prefix} failed (exit ${built.status})`);
}
const server = await startStaticServer({
  root: values.root,
  port: Number(values.port),
  pathPrefix: values.prefix,
  ...(values.netlify ? netlifyServing(values.root) : {}),
});
console.log(`Serving ${values.root} at ${server.origin}${values.prefix}${values.netlify ? " with Netlify's headers and redirects" : ""}`);
