import { build, stop } from "esbuild";
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
  // esbuild's service process would otherwise stay up for the rest of the build,
  // adding its memory to Pagefind's at the build's peak. The next call starts it again.
  await stop();
  const code = result.outputFiles[0]?.text ?? "";
  return { fileName: fingerprintedName("search", "js", code), code };
}
