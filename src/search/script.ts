import { build } from "esbuild";
import { fingerprintedName } from "../assets/fingerprint.ts";

export interface ScriptBundle {
  readonly fileName: string;
  readonly code: string;
}

/** Compile the search page's TypeScript to one small, minified ES module. */
export async function bundleSearchScript(entryFile: string): Promise<ScriptBundle> {
  const result = await build({
    entryPoints: [entryFile],
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2020",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.text ?? "";
  return { fileName: fingerprintedName("search", "js", code), code };
}
