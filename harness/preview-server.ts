import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { pinnedClockEnv } from "./clock.ts";

export interface PreviewServer {
  readonly origin: string;
  /** A copy of content/ that the test may edit freely. */
  readonly contentDir: string;
  /** Everything the server has printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Start `npm start`'s preview server (eleventy --serve) on a copy of the
 * content, so that tests can edit files as an author would.
 */
export async function startPreviewServer(port: number, contentSource = "content"): Promise<PreviewServer> {
  // Inside the project (and git-ignored): Eleventy applies directory data files only under the working directory.
  mkdirSync(".cache", { recursive: true });
  const workDir = mkdtempSync(path.join(".cache", "preview-"));
  const contentDir = path.join(workDir, "content");
  cpSync(contentSource, contentDir, { recursive: true });
  const child: ChildProcess = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "node_modules/@11ty/eleventy/cmd.cjs",
      "--config=.eleventy.ts",
      "--serve",
      `--port=${port}`,
      `--output=${path.join(workDir, "_site")}`,
    ],
    { env: { ...pinnedClockEnv(), SN_CONTENT_DIR: contentDir }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Preview server did not start:\n${output}`)), 60_000);
    const check = setInterval(() => {
      // The index is written after the first build; only then is the preview complete.
      if (/Server at/.test(output) && /\[search\] Indexed/.test(output)) {
        clearInterval(check);
        clearTimeout(timer);
        resolve();
      }
    }, 100);
    child.once("exit", (code) => {
      clearInterval(check);
      clearTimeout(timer);
      reject(new Error(`Preview server exited with ${code}:\n${output}`));
    });
  });

  return {
    origin: `http://localhost:${port}`,
    contentDir,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        await new Promise<void>((resolve) => {
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
        });
      }
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}
