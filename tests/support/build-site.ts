import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { register } from "tsx/esm/api";
import { TEST_NOW } from "../../harness/clock.ts";

// Eleventy imports .eleventy.ts and the TSX layouts with Node's own loader, so tsx must hook it.
register();

export interface BuiltSite {
  readonly outputDir: string;
  readonly logs: string;
}

export interface BuildOptions {
  /** Content folder to build instead of content/. */
  readonly contentDir?: string;
  readonly outputDir?: string;
  readonly env?: Record<string, string>;
}

/** Build the site in this process, as `npm run build` would, into a temporary folder, at the tests' fixed "now" (clock.ts). */
export async function buildSite(options: BuildOptions = {}): Promise<BuiltSite> {
  const outputDir = options.outputDir ?? mkdtempSync(path.join(tmpdir(), "sn-site-"));
  const previousEnv = { ...process.env };
  process.env.SN_NOW ??= TEST_NOW;
  if (options.contentDir) process.env.SN_CONTENT_DIR = options.contentDir;
  Object.assign(process.env, options.env);
  const logs: string[] = [];
  const originalLog = console.log;
  console.log = (...args: unknown[]) => logs.push(args.map(String).join(" "));
  try {
    const { default: Eleventy } = await import("@11ty/eleventy");
    const eleventy = new Eleventy(options.contentDir ?? "content", outputDir, {
      configPath: ".eleventy.ts",
      quietMode: true,
    });
    await eleventy.write();
    return { outputDir, logs: logs.join("\n") };
  } finally {
    console.log = originalLog;
    process.env = previousEnv;
  }
}
