/**
 * npm run bench [-- --runs 5] [--only london,5000,20000,weight,search,find,preview] [--quick-synthetic] [--report-only]
 *
 * Measures the production build against a bare-Eleventy baseline at three
 * sizes, page weights, a cold search in Chromium and the preview's edit loop,
 * and writes bench/results.md and bench/results.json. Not part of npm test:
 * it takes minutes, and its times depend on the machine.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { chromiumExecutablePath } from "../harness/browser.ts";
import { hasLondonWardList, LONDON_CSV } from "../harness/london.ts";
import { pageWeight } from "../harness/page-weight.ts";
import { htmlPages } from "../harness/site-files.ts";
import { generateWardFiles, syntheticWardList } from "../src/wards/generate.ts";
import { importWards } from "../src/wards/import.ts";
import { readWardList, type WardListEntry } from "../src/wards/ward-list.ts";
import { loadWards } from "../src/wards/load.ts";
import { measurePreview, type PreviewResult } from "./preview.ts";
import { runMeasured } from "./process.ts";
import { measureColdFind, type ColdFindResult } from "./find.ts";
import { measureColdSearch, type ColdSearchResult } from "./search.ts";
import { MiB, scale, spread } from "./stats.ts";
import { renderReport, type BenchResults, type SizeResult, type TemplateWeight } from "./report.ts";

const TMP = path.join("bench", "tmp");
const ELEVENTY = ["--import", "tsx", "node_modules/@11ty/eleventy/cmd.cjs"];

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    // For a machine where the 20,000-ward builds cannot be run 12 times in the time there is: one run each, no warm-up.
    "quick-synthetic": { type: "boolean", default: false },
    only: { type: "string" },
    // Rewrite results.md from results.json, after editing notes.md or the report.
    "report-only": { type: "boolean", default: false },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: expected a whole number, got ${values.runs}`);
const only = values.only ? new Set(values.only.split(",")) : undefined;
const wanted = (part: string) => !only || only.has(part);

const now = new Date();
const log = (message: string) => console.log(`[bench ${((performance.now() / 1000) | 0).toString().padStart(4)}s] ${message}`);

interface Input {
  readonly name: string;
  readonly label: string;
  readonly contentDir: string;
  readonly wardsJson: string;
  readonly wardCount: number;
}

/** A copy of content/ whose wards are the list's, filled by the synthetic team generator; made once per bench run. */
function prepareInput(name: string, label: string, list: readonly WardListEntry[], importFirst: boolean): Input {
  const root = path.join(TMP, name);
  rmSync(root, { recursive: true, force: true });
  const contentDir = path.join(root, "content");
  // The postcode lookup names London's real wards: only the London input has them.
  const keep = (source: string) => !source.split(path.sep).some((part) => part === "wards" || (!importFirst && part === "postcodes"));
  cpSync("content", contentDir, { recursive: true, filter: keep });
  const started = performance.now();
  // As the London test fixture does: skeletons from the ward list first, then made-up teams over them.
  if (importFirst) importWards(list, contentDir);
  generateWardFiles(list, contentDir, { now, overwrite: true });
  const loaded = loadWards(contentDir);
  if (loaded.problems.length > 0) throw new Error(`generated wards for ${name} have problems:\n${loaded.problems.slice(0, 5).map((p) => p.message).join("\n")}`);
  const wardsJson = path.join(root, "wards.json");
  writeFileSync(wardsJson, JSON.stringify(loaded.wards));
  log(`${label}: generated ${list.length} ward files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { name, label, contentDir, wardsJson, wardCount: list.length };
}

async function build(
  input: Input,
  kind: "full" | "bare",
): Promise<{ wallMs: number; cpuMs: number | undefined; peakTree: number; peakRoot: number; outputDir: string; logs: string }> {
  const outputDir = path.join(TMP, `${input.name}-${kind}-site`);
  // `npm run build` empties the output first (prebuild); that is not part of the timed build.
  rmSync(outputDir, { recursive: true, force: true });
  const config = kind === "full" ? ".eleventy.ts" : "bench/bare.eleventy.ts";
  const env = {
    ...process.env,
    SN_CONTENT_DIR: input.contentDir,
    SN_BENCH_WARDS_JSON: input.wardsJson,
    SN_NOW: now.toISOString(),
  };
  const run = await runMeasured(process.execPath, [...ELEVENTY, `--config=${config}`, `--output=${outputDir}`, "--quiet"], env);
  return { wallMs: run.wallMs, cpuMs: run.cpuMs, peakTree: run.peakTreeBytes, peakRoot: run.peakRootBytes, outputDir, logs: run.output };
}

async function measureSize(input: Input, runs: number, warmUp: boolean): Promise<{ result: SizeResult; fullSite: string }> {
  let warm: Awaited<ReturnType<typeof build>> | undefined;
  if (warmUp) {
    log(`${input.label}: warm-up builds`);
    warm = await build(input, "full");
    await build(input, "bare");
  }
  const full: number[] = [];
  const fullCpu: number[] = [];
  const bareCpu: number[] = [];
  const bare: number[] = [];
  const peakTree: number[] = [];
  const peakRoot: number[] = [];
  const barePeak: number[] = [];
  // Alternate the two, so that both meet the same machine (other work on it comes and goes).
  for (let run = 0; run < runs; run++) {
    const f = await build(input, "full");
    const b = await build(input, "bare");
    warm ??= f;
    if (f.cpuMs !== undefined) fullCpu.push(f.cpuMs / 1000);
    if (b.cpuMs !== undefined) bareCpu.push(b.cpuMs / 1000);
    full.push(f.wallMs / 1000);
    bare.push(b.wallMs / 1000);
    peakTree.push(f.peakTree / MiB);
    peakRoot.push(f.peakRoot / MiB);
    barePeak.push(b.peakTree / MiB);
    log(`${input.label}: run ${run + 1}/${runs}: full ${(f.wallMs / 1000).toFixed(2)} s, bare ${(b.wallMs / 1000).toFixed(2)} s, peak ${(f.peakTree / MiB).toFixed(0)} MiB`);
  }
  const pages = htmlPages(warm?.outputDir ?? "").length;
  const bareWarm = htmlPages(path.join(TMP, `${input.name}-bare-site`)).length;
  const fullSpread = spread(full);
  const ratios = full.map((f, i) => f / (bare[i] as number));
  const indexed = /Indexed (\d+) pages/.exec(warm?.logs ?? "")?.[1];
  return {
    fullSite: path.join(TMP, `${input.name}-full-site`),
    result: {
      name: input.name,
      label: input.label,
      wards: input.wardCount,
      htmlPages: pages,
      barePages: bareWarm,
      pagesIndexed: indexed === undefined ? undefined : Number(indexed),
      runs,
      warmUp,
      fullSeconds: fullSpread,
      fullCpuSeconds: fullCpu.length > 0 ? spread(fullCpu) : undefined,
      bareCpuSeconds: bareCpu.length > 0 ? spread(bareCpu) : undefined,
      bareSeconds: spread(bare),
      ratio: spread(ratios),
      peakTreeMiB: spread(peakTree),
      peakNodeMiB: spread(peakRoot),
      barePeakMiB: spread(barePeak),
      msPerPage: scale(fullSpread, 1000 / pages),
    },
  };
}

/** One page per template; for ward pages, the heaviest of all of them. */
function templateWeights(siteDir: string): TemplateWeight[] {
  const pages = htmlPages(siteDir);
  const pick = (template: string, pattern: RegExp, heaviest = false): TemplateWeight | undefined => {
    const matching = pages.filter((page) => pattern.test(page));
    if (matching.length === 0) return undefined;
    // The largest HTML file stands for the heaviest page: pages of one template share their CSS and JS.
    const bySize = heaviest ? [...matching].sort((a, b) => statSync(path.join(siteDir, b)).size - statSync(path.join(siteDir, a)).size) : matching;
    const top = pageWeight(siteDir, bySize[0] as string);
    return { template, pages: matching.length, measured: heaviest ? `heaviest of ${matching.length}` : top.page, weight: top };
  };
  return [
    pick("home", /^index\.html$/),
    pick("page (accessibility)", /^accessibility\/index\.html$/),
    pick("FAQ index", /^faq\/index\.html$/),
    pick("FAQ question", /^faq\/[^/]+\/index\.html$/, true),
    pick("areas A to Z", /^areas\/index\.html$/),
    pick("borough", /^areas\/[^/]+\/index\.html$/, true),
    pick("ward", /^areas\/(?!postcodes\/)[^/]+\/[^/]+\/index\.html$/, true),
    pick("postcode district", /^areas\/postcodes\/[^/]+\/index\.html$/, true),
    pick("search", /^search\/index\.html$/),
    pick("find", /^find\/index\.html$/),
    pick("404", /^404\.html$/),
  ].filter((weight) => weight !== undefined);
}

function firstWard(contentDir: string): { file: string; url: string } {
  const wardsDir = path.join(contentDir, "wards");
  const borough = readdirSync(wardsDir).sort()[0] as string;
  const ward = (readdirSync(path.join(wardsDir, borough)).sort()[0] as string).replace(/\.yaml$/, "");
  return { file: path.join("wards", borough, `${ward}.yaml`), url: `/areas/${borough}/${ward}/` };
}

async function main(): Promise<void> {
  mkdirSync(TMP, { recursive: true });
  const loadBefore = os.loadavg();
  const startedAt = new Date();
  const sizes: SizeResult[] = [];
  const notes: string[] = [];
  let weights: TemplateWeight[] = [];
  let search: ColdSearchResult | undefined;
  let find: ColdFindResult | undefined;
  let preview: PreviewResult | undefined;
  const quick = values["quick-synthetic"] === true;
  if (quick) {
    notes.push(
      "This run used --quick-synthetic: the 5,000 and 20,000 ward builds ran once each, without a warm-up, because on the shared machine twelve 20,000-ward builds did not fit in the time available. London figures are medians of the full number of runs.",
    );
  }

  // Written after every stage, so that a run cut short still leaves its figures.
  const partial = only !== undefined;
  const base = partial ? path.join(TMP, "results") : path.join("bench", "results");
  const save = () => {
    const results: BenchResults = {
      date: startedAt.toISOString(),
      machine: {
        cpu: os.cpus()[0]?.model ?? "unknown",
        cores: os.cpus().length,
        memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
        os: `${os.type()} ${os.release()}`,
        node: process.version,
        loadAverageBefore: loadBefore,
        loadAverageAfter: os.loadavg(),
      },
      runs,
      sizes,
      weights,
      search,
      find,
      preview,
      notes,
    };
    writeFileSync(`${base}.json`, `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(`${base}.md`, renderReport(results));
    log(`wrote ${base}.md and ${base}.json${partial ? " (a partial run, so not over bench/results.*)" : ""}`);
  };

  if (!hasLondonWardList()) {
    notes.push(`The London ward list (${path.relative(process.cwd(), LONDON_CSV)}) is missing, so the London figures, page weights, cold search and preview loop were skipped.`);
  } else if (["london", "weight", "search", "find", "preview"].some(wanted)) {
    const list = readWardList(LONDON_CSV);
    const london = prepareInput("london", `London (${list.length} wards)`, list, true);
    let site: string;
    if (wanted("london")) {
      const measured = await measureSize(london, runs, true);
      sizes.push(measured.result);
      site = measured.fullSite;
      save();
    } else {
      site = (await build(london, "full")).outputDir;
    }
    if (wanted("weight")) {
      log("page weights");
      weights = templateWeights(site);
    }
    if (wanted("search") || wanted("find") || wanted("preview")) {
      const browser = await chromium.launch({
        executablePath: chromiumExecutablePath(),
        args: ["--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
      });
      try {
        if (wanted("search")) {
          log("cold search");
          search = await measureColdSearch(browser, site, "camden", runs);
          save();
        }
        if (wanted("find")) {
          log("cold postcode lookup");
          find = await measureColdFind(browser, site, "CR0 1AA", runs);
          save();
        }
        if (wanted("preview")) {
          log("preview loop at full-London scale");
          const ward = firstWard(london.contentDir);
          preview = await measurePreview(browser, london.contentDir, ward.file, ward.url, runs);
        }
      } finally {
        await browser.close();
      }
    }
    save();
  }

  for (const count of [5_000, 20_000]) {
    if (!wanted(String(count))) continue;
    const input = prepareInput(`w${count}`, `${count.toLocaleString("en-GB")} synthetic wards`, syntheticWardList(count), false);
    sizes.push((await measureSize(input, quick ? 1 : runs, !quick)).result);
    rmSync(path.join(TMP, input.name), { recursive: true, force: true });
    save();
  }
  save();
}

if (values["report-only"]) {
  const results = JSON.parse(readFileSync(path.join("bench", "results.json"), "utf8")) as BenchResults;
  writeFileSync(path.join("bench", "results.md"), renderReport(results));
  log("rewrote bench/results.md from bench/results.json");
} else {
  await main();
}
