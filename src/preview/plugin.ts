import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, rmdirSync, watch, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import type UserConfig from "@11ty/eleventy/UserConfig";
import type { EleventyEventArgs } from "../eleventy-types.ts";
import { checkContent } from "../check/check.ts";
import { buildTime } from "../config/site.ts";
import { formatCheck } from "../check/format.ts";
import { formatProblem, type ContentProblem } from "../content/problems.ts";
import { sharedWardLoader } from "../content/ward-loader.ts";
import { PARTIAL_RENDER_EVENT } from "./events.ts";
import { netlifyCsp } from "./csp.ts";
import { staleOutputs } from "./outputs.ts";
import { previewGate } from "./state.ts";

export interface PreviewPluginOptions {
  readonly contentDir: string;
  /** The browser script that shows problems over the open page. */
  readonly script: string;
  /** Its stylesheet, served as it is. */
  readonly stylesheet: string;
  /** Renders the authoring report page at /_authoring/ (preview only). */
  readonly authoringPage?: (input: { contentDir: string; now: Date; stylesheetHref: string }) => string;
  readonly now?: () => Date;
}

/** What the browser script reads at /_preview/status.json. */
export interface PreviewStatus {
  readonly ok: boolean;
  /** Changes with every build, so the script redraws only when something changed. */
  readonly build: number;
  readonly problems: readonly { readonly file: string; readonly line?: number | undefined; readonly field: string; readonly message: string; readonly text: string }[];
}

/**
 * Everything that only `npm start` does; a production build is untouched by it.
 *
 * - The output folder is emptied when the preview starts, and pages of
 *   content deleted or moved while it runs are deleted after the next full
 *   build, so the preview never serves a page the site would not have.
 * - Every content file is checked before each build. With any problem, no page
 *   is written (the last good ones stay), each problem is printed once, and the
 *   open page shows them in a banner; the next good save clears it.
 * - The preview is served with the production Content-Security-Policy.
 */
export default function previewPlugin(eleventyConfig: UserConfig, options: PreviewPluginOptions): void {
  const now = options.now ?? (() => buildTime());
  const loader = sharedWardLoader(options.contentDir);
  let serving = false;
  let started = false;
  let outputDir = "";
  let partial = false;
  let written = new Set<string>();
  let status: PreviewStatus = { ok: true, build: 0, problems: [] };
  let failedBefore = false;
  let printedWarnings = new Set<string>();
  let script: Promise<string> | undefined;

  // Eleventy logs a deleted file but does not rebuild; touching this file, which it watches, makes it.
  const deletions = path.join(".cache", "preview-deletions.txt");
  eleventyConfig.addWatchTarget(deletions);

  eleventyConfig.setServerOptions({
    // Prints the address on the local network as well, for a phone on the same Wi-Fi.
    showAllHosts: true,
    headers: previewHeaders(),
    onRequest: {
      "/_preview/status.json": () => ({
        headers: { "Content-Type": "application/json", "Cache-Control": "no-store" },
        body: JSON.stringify(status),
      }),
      "/_preview/preview.js": async () => ({
        headers: { "Content-Type": "text/javascript", "Cache-Control": "no-store" },
        body: await (script ??= bundle(options.script)),
      }),
      "/_preview/preview.css": () => ({
        headers: { "Content-Type": "text/css", "Cache-Control": "no-store" },
        body: readFileSync(options.stylesheet, "utf8"),
      }),
      "/_authoring/": () =>
        options.authoringPage
          ? {
              headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
              body: generatedPage(options.authoringPage({ contentDir: options.contentDir, now: now(), stylesheetHref: stylesheetHref(outputDir) })),
            }
          : undefined,
      // A preview started with a mistake has no page yet: rather than "not found", show the problems.
      "/*": ({ url }: { url: URL }) => {
        if (status.ok || !options.authoringPage || url.pathname.startsWith("/.11ty/") || servedFile(outputDir, url.pathname)) return undefined;
        return {
          headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
          body: generatedPage(options.authoringPage({ contentDir: options.contentDir, now: now(), stylesheetHref: stylesheetHref(outputDir) })),
        };
      },
    },
  });

  eleventyConfig.on("eleventy.before", ({ directories, runMode }: EleventyEventArgs) => {
    serving = runMode !== "build";
    if (!serving) return;
    // Synchronous on purpose: the gate must be set before any other plugin reads content.
    outputDir = directories.output;
    if (!started) {
      started = true;
      emptyFolder(outputDir);
      watchForDeletions(options.contentDir, deletions);
    }
    partial = false;
    const result = checkContent(options.contentDir, { wardLoader: loader, now: now() });
    previewGate.blocked = result.problems.length > 0;
    // A good build is "ok" only once its pages are written (eleventy.after): the banner must not go before the page is new.
    if (previewGate.blocked) {
      status = {
        ok: false,
        build: status.build + 1,
        problems: result.problems.map((problem) => ({ ...pick(problem), text: formatProblem(problem) })),
      };
      console.error(`\n${formatCheck(result.problems, [])}\nThe preview still shows the last good pages; fix the problems and save.\n`);
      failedBefore = true;
    }
    printNewWarnings(result.warnings);
  });

  const printNewWarnings = (warnings: readonly ContentProblem[]) => {
    const lines = warnings.map(formatProblem);
    const fresh = warnings.filter((_, i) => !printedWarnings.has(lines[i] ?? ""));
    // The first build shows them all (summarised); later saves only what the save changed.
    if (fresh.length > 0) console.warn(formatCheck([], fresh, { maxWarnings: printedWarnings.size === 0 ? 10 : 20 }));
    printedWarnings = new Set(lines);
  };

  eleventyConfig.on(PARTIAL_RENDER_EVENT, () => {
    partial = true;
  });

  // Drafts are for the preview: a production build leaves them out, so they are neither published nor searchable.
  // In the preview, a build whose content has problems writes no page at all.
  eleventyConfig.addPreprocessor("drafts-and-problems", "*", (data: { draft?: unknown; eleventy?: { env?: { runMode?: string } } }) => {
    const runMode = data.eleventy?.env?.runMode;
    if (runMode === "build") return data.draft === true ? false : undefined;
    return previewGate.blocked ? false : undefined;
  });

  eleventyConfig.addTransform("preview-assets", function (this: { page: { outputPath: string | false } }, content: string) {
    if (!serving || typeof this.page.outputPath !== "string" || !this.page.outputPath.endsWith(".html")) return content;
    return withPreviewAssets(content);
  });

  eleventyConfig.on("eleventy.after", ({ results }: { results: readonly { outputPath: string | false }[] }) => {
    if (!serving || previewGate.blocked) return;
    const current = new Set(results.flatMap((result) => (typeof result.outputPath === "string" ? [path.resolve(result.outputPath)] : [])));
    if (partial) {
      for (const file of current) written.add(file);
    } else {
      for (const file of staleOutputs(written, current)) removeWithEmptyFolders(file, outputDir);
      written = current;
    }
    if (!status.ok) status = { ok: true, build: status.build + 1, problems: [] };
    if (failedBefore) {
      failedBefore = false;
      console.log("[preview] Up to date: every problem is fixed.");
    }
  });
}

/** When a content file is deleted or renamed away, rebuild (by touching a file Eleventy watches). */
function watchForDeletions(contentDir: string, trigger: string): void {
  mkdirSync(path.dirname(trigger), { recursive: true });
  let timer: NodeJS.Timeout | undefined;
  try {
    const watcher = watch(contentDir, { recursive: true }, (_event, name) => {
      if (name === null || !/\.(md|ya?ml|json)$/.test(name) || existsSync(path.join(contentDir, name))) return;
      clearTimeout(timer);
      timer = setTimeout(() => writeFileSync(trigger, `${new Date().toISOString()} ${name}\n`), 200);
    });
    // The preview's process ends with Ctrl+C; the watcher must not keep it alive otherwise.
    watcher.unref();
  } catch {
    // No recursive watching on this system: deleted pages then go at the next restart.
  }
}

const PREVIEW_ASSETS = '<link rel="stylesheet" href="/_preview/preview.css"><script type="module" src="/_preview/preview.js"></script>';

/** The banner's script and stylesheet, in a preview page's head. */
function withPreviewAssets(html: string): string {
  return html.replace("</head>", `${PREVIEW_ASSETS}</head>`);
}

/** A page the preview answers itself: marked, so its script reloads it when the problems are fixed (there is no live reload). */
function generatedPage(html: string): string {
  return withPreviewAssets(html).replace("<html ", "<html data-preview-generated ");
}

function pick(problem: ContentProblem) {
  return { file: problem.file, line: problem.line, field: problem.field, message: problem.message };
}

/** The production Content-Security-Policy, so that what works in the preview works when published. */
function previewHeaders(): Record<string, string> {
  try {
    const csp = netlifyCsp(readFileSync("netlify.toml", "utf8"));
    return csp ? { "Content-Security-Policy": csp } : {};
  } catch {
    return {};
  }
}

async function bundle(entry: string): Promise<string> {
  const result = await build({ entryPoints: [entry], bundle: true, format: "esm", target: "es2020", write: false, logLevel: "silent" });
  return result.outputFiles[0]?.text ?? "";
}

/** Whether the output folder has a file for this address (a page's index.html, or the file itself). */
function servedFile(outputDir: string, pathname: string): boolean {
  const file = path.join(outputDir, decodeURIComponent(pathname));
  return existsSync(pathname.endsWith("/") ? path.join(file, "index.html") : file) || existsSync(path.join(file, "index.html"));
}

/** The hashed stylesheet's address, found in the output folder. */
function stylesheetHref(outputDir: string): string {
  try {
    const name = readdirSync(path.join(outputDir, "assets")).find((file) => /^main\..*\.css$/.test(file));
    return name ? `/assets/${name}` : "";
  } catch {
    return "";
  }
}

/** Empty the output folder, but never a folder that holds the project or its content. */
function emptyFolder(folder: string): void {
  const absolute = path.resolve(folder);
  const cwd = process.cwd();
  if (absolute === cwd || !absolute.startsWith(cwd + path.sep) || !existsSync(absolute)) return;
  for (const entry of readdirSync(absolute)) rmSync(path.join(absolute, entry), { recursive: true, force: true });
}

/** Delete a page, then any folder it leaves empty, up to the output folder. */
function removeWithEmptyFolders(file: string, outputDir: string): void {
  rmSync(file, { force: true });
  const root = path.resolve(outputDir);
  for (let dir = path.dirname(file); dir.startsWith(root + path.sep); dir = path.dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      return; // not empty
    }
  }
}
