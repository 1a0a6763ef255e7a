import { buildSync } from "esbuild";
import { fingerprintedName } from "../assets/fingerprint.ts";

export interface FindScriptBundle {
  readonly fileName: string;
  readonly code: string;
}

/**
 * The find page's script, minified, with the list of postcode districts the
 * data has built in: the script can then tell a postcode outside London from
 * a failed download without asking the server. esbuild's synchronous API runs
 * its own process, so it cannot collide with the search script's bundle,
 * which stops esbuild's shared service as soon as it is done.
 */
export function bundleFindScript(entryFile: string, districts: readonly string[]): FindScriptBundle {
  const result = buildSync({
    entryPoints: [entryFile],
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2020",
    write: false,
    logLevel: "silent",
    define: { __POSTCODE_DISTRICTS__: JSON.stringify(districts.join(" ")) },
  });
  const code = result.outputFiles[0]?.text ?? "";
  return { fileName: fingerprintedName("find", "js", code), code };
}
