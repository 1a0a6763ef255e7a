import { build, buildSync, stop, type BuildOptions } from "esbuild";
import { fingerprintedName } from "./fingerprint.ts";

/** A page's script, compiled from TypeScript to one small, minified ES module named after its content. */
export interface PageScript {
  readonly fileName: string;
  readonly code: string;
}

const OPTIONS = {
  bundle: true,
  minify: true,
  format: "esm",
  target: "es2020",
  write: false,
  logLevel: "silent",
} as const satisfies BuildOptions;

/**
 * Compile a page's script. esbuild's service process is stopped afterwards:
 * it would otherwise stay up, and in memory, for the rest of the build, adding
 * to Pagefind's at the build's peak. The next call starts it again.
 */
export async function bundlePageScript(name: string, entryFile: string): Promise<PageScript> {
  const result = await build({ ...OPTIONS, entryPoints: [entryFile] });
  await stop();
  return named(name, result.outputFiles[0]?.text ?? "");
}

/**
 * The same, synchronously, with values built in (`define`). The synchronous
 * API runs its own process, so it cannot collide with another script's bundle
 * stopping the shared service.
 */
export function bundlePageScriptSync(name: string, entryFile: string, define: Record<string, string> = {}): PageScript {
  const result = buildSync({ ...OPTIONS, entryPoints: [entryFile], define });
  return named(name, result.outputFiles[0]?.text ?? "");
}

const named = (name: string, code: string): PageScript => ({ fileName: fingerprintedName(name, "js", code), code });
