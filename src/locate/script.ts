import { build, stop } from "esbuild";
import { fingerprintedName } from "../assets/fingerprint.ts";

/** Compiles the "Use my location" script to one small, minified ES module, named after its content. */
export async function bundleLocateScript(entryFile: string): Promise<{ fileName: string; code: string }> {
  const result = await build({ entryPoints: [entryFile], bundle: true, minify: true, format: "esm", target: "es2020", write: false, logLevel: "silent" });
  // As for the search script: esbuild's service would otherwise stay up, and in memory, for the rest of the build.
  await stop();
  const code = result.outputFiles[0]?.text ?? "";
  return { fileName: fingerprintedName("locate", "js", code), code };
}
