import { parseArgs } from "node:util";
import { startStaticServer } from "./static-server.ts";

/** `node --import tsx tests/support/serve.ts --root _site --port 4173`: Playwright's web server. */
const { values } = parseArgs({
  options: {
    root: { type: "string", default: "_site" },
    port: { type: "string", default: "4173" },
    prefix: { type: "string", default: "/" },
  },
});
const server = await startStaticServer({ root: values.root, port: Number(values.port), pathPrefix: values.prefix });
console.log(`Serving ${values.root} at ${server.origin}${values.prefix}`);
