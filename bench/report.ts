import { existsSync, readFileSync } from "node:fs";
import type { PageWeight } from "../harness/page-weight.ts";
import type { PreviewResult } from "./preview.ts";
import type { ColdFindResult } from "./find.ts";
import type { ColdSearchResult } from "./search.ts";
import { formatSpread, KiB, type Spread } from "./stats.ts";

export interface SizeResult {
  readonly name: string;
  readonly label: string;
  readonly wards: number;
  readonly htmlPages: number;
  readonly runs: number;
  readonly warmUp: boolean;
  readonly barePages: number;
  readonly pagesIndexed: number | undefined;
  readonly fullSeconds: Spread;
  readonly bareSeconds: Spread;
  /** User + system CPU time, Pagefind included: it does not grow with other load on the machine, as wall time does. */
  readonly fullCpuSeconds: Spread | undefined;
  readonly bareCpuSeconds: Spread | undefined;
  /** Each run's full build over the bare build that ran right after it. */
  readonly ratio: Spread;
  readonly peakTreeMiB: Spread;
  readonly peakNodeMiB: Spread;
  readonly barePeakMiB: Spread;
  readonly msPerPage: Spread;
}

export interface TemplateWeight {
  readonly template: string;
  readonly pages: number;
  readonly measured: string;
  readonly weight: PageWeight;
}

export interface BenchResults {
  readonly date: string;
  readonly machine: {
    readonly cpu: string;
    readonly cores: number;
    readonly memoryGiB: number;
    readonly os: string;
    readonly node: string;
    readonly loadAverageBefore: readonly number[];
    readonly loadAverageAfter: readonly number[];
  };
  readonly runs: number;
  readonly sizes: readonly SizeResult[];
  readonly weights: readonly TemplateWeight[];
  readonly search: ColdSearchResult | undefined;
  /** Absent in results written before the postcode lookup existed. */
  readonly find?: ColdFindResult | undefined;
  readonly preview: PreviewResult | undefined;
  readonly notes: readonly string[];
}

interface Target {
  readonly name: string;
  readonly target: string;
  readonly measured: string;
  readonly met: boolean | undefined;
}

const kb = (bytes: number) => `${(bytes / KiB).toFixed(1)} KB`;
const mark = (met: boolean | undefined) => (met === undefined ? "not measured" : met ? "met" : "**not met**");

export function evaluateTargets(results: BenchResults): Target[] {
  const london = results.sizes.find((s) => s.name === "london");
  const big = results.sizes.find((s) => s.wards === 20_000);
  const ward = results.weights.find((w) => w.template === "ward");
  const scriptPages = results.weights.filter((w) => w.template !== "search" && w.template !== "find" && w.weight.scripts.length > 0);
  const targets: Target[] = [];
  if (london) {
    const ratio = london.fullSeconds.median / london.bareSeconds.median;
    targets.push({
      name: "full London production build",
      target: "median ≤ 2.0 s",
      measured: formatSpread(london.fullSeconds, "s"),
      met: london.fullSeconds.median <= 2.0,
    });
    targets.push({
      name: "full London production build",
      target: "≤ 1.25× bare Eleventy in the same run",
      measured: `${ratio.toFixed(2)}× (bare ${formatSpread(london.bareSeconds, "s")}; paired runs ${london.ratio.min.toFixed(2)}–${london.ratio.max.toFixed(2)}×)`,
      met: ratio <= 1.25,
    });
    targets.push({
      name: "peak memory, London build (Pagefind included)",
      target: "≤ 400 MiB",
      measured: `${formatSpread(london.peakTreeMiB, "MiB", 0)} (largest process, Node: ${formatSpread(london.peakNodeMiB, "MiB", 0)})`,
      met: london.peakTreeMiB.median <= 400,
    });
  }
  if (big) {
    targets.push({ name: "20,000-ward build", target: "≤ 25 s", measured: formatSpread(big.fullSeconds, "s"), met: big.fullSeconds.median <= 25 });
    if (london) {
      const growth = big.msPerPage.median / london.msPerPage.median;
      targets.push({
        name: "20,000-ward build",
        target: "time per page within 1.3× of London's",
        measured: `${formatSpread(big.msPerPage, "ms")} per page, ${growth.toFixed(2)}× London's ${london.msPerPage.median.toFixed(2)} ms`,
        met: growth <= 1.3,
      });
    }
  }
  if (ward) {
    const w = ward.weight;
    targets.push({
      name: "ward page",
      target: "≤ 20 KB compressed HTML + CSS",
      measured: `${kb(w.total.gzip)} gzip, ${kb(w.total.brotli)} brotli (heaviest of ${ward.pages})`,
      met: w.total.gzip <= 20 * KiB && w.total.brotli <= 20 * KiB,
    });
    targets.push({
      name: "ward page",
      target: "0 bytes of JS (and none on any page but search and find)",
      measured: `${w.js.raw} bytes; other templates with JS: ${scriptPages.length}`,
      met: w.js.raw === 0 && scriptPages.length === 0,
    });
  }
  if (results.search) {
    const s = results.search;
    targets.push({
      name: "cold search",
      target: "≤ 150 KB transferred, Pagefind included",
      measured: `${kb(s.sentBytes.median)} gzip as sent (${kb(s.brotliBytes.median)} had it been brotli)`,
      met: s.sentBytes.median <= 150 * KiB,
    });
    targets.push({
      name: "cold search",
      target: "first results ≤ 300 ms after the last keystroke",
      measured: formatSpread(s.firstResultMs, "ms", 0),
      met: s.firstResultMs.median <= 300,
    });
  }
  if (results.find) {
    const f = results.find;
    targets.push({
      name: "postcode lookup",
      target: "≤ 15 KB compressed beyond the page (script + one data file)",
      measured: `${kb(f.lookupBytes.median)} gzip as sent (${kb(f.lookupBrotliBytes.median)} had it been brotli), ${f.postcode}`,
      met: f.lookupBytes.median <= 15 * KiB,
    });
    targets.push({
      name: "postcode lookup",
      target: "team shown ≤ 150 ms after submit, cold cache, localhost",
      measured: formatSpread(f.submitToTeamMs, "ms", 0),
      met: f.submitToTeamMs.median <= 150,
    });
  }
  if (results.preview) {
    const p = results.preview;
    targets.push({
      name: "preview, full London: save a ward file",
      target: "page updated ≤ 1 s",
      measured: formatSpread(p.pageUpdatedMs, "ms", 0),
      met: p.pageUpdatedMs.median <= 1000,
    });
    targets.push({
      name: "preview, full London: save a ward file",
      target: "search updated ≤ 2 s",
      measured: `${formatSpread(p.searchUpdatedMs, "ms", 0)}${p.searchFoundWord ? "" : " (search did NOT find the new word)"}`,
      met: p.searchUpdatedMs.median <= 2000 && p.searchFoundWord,
    });
  }
  return targets;
}

export function renderReport(results: BenchResults): string {
  const m = results.machine;
  const lines: string[] = [];
  lines.push("# Benchmark results", "");
  lines.push(
    `Written by \`npm run bench\` on ${results.date.slice(0, 16).replace("T", " ")} UTC. Each time is the median of ${results.runs} runs after a warm-up (unless the builds table says otherwise), with the fastest and slowest run in brackets.`,
    "",
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}. ` +
      `Load average ${m.loadAverageBefore.map((l) => l.toFixed(2)).join(" / ")} (1/5/15 min) before and ${m.loadAverageAfter.map((l) => l.toFixed(2)).join(" / ")} after: ` +
      "anything above 0 is other work sharing the two cores, which makes every time longer and the spread wider.",
    "",
  );
  for (const note of results.notes) lines.push(`> ${note}`, "");

  lines.push("## Targets", "", "| target | goal | measured | |", "| --- | --- | --- | --- |");
  for (const t of evaluateTargets(results)) lines.push(`| ${t.name} | ${t.target} | ${t.measured} | ${mark(t.met)} |`);
  lines.push("");

  if (results.sizes.length > 0) {
    lines.push("## Builds", "");
    lines.push("| input | runs | HTML pages | production build | bare Eleventy | ratio | peak memory (tree) | largest process | bare peak | per page |");
    lines.push("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (const s of results.sizes) {
      lines.push(
        `| ${s.label} | ${s.runs}${s.warmUp ? " + warm-up" : ""} | ${s.htmlPages} | ${formatSpread(s.fullSeconds, "s")} | ${formatSpread(s.bareSeconds, "s")} | ${(s.fullSeconds.median / s.bareSeconds.median).toFixed(2)}× | ` +
          `${formatSpread(s.peakTreeMiB, "MiB", 0)} | ${formatSpread(s.peakNodeMiB, "MiB", 0)} | ${formatSpread(s.barePeakMiB, "MiB", 0)} | ${formatSpread(s.msPerPage, "ms")} |`,
      );
    }
    lines.push("");
    const cpu = results.sizes.filter((s) => s.fullCpuSeconds && s.bareCpuSeconds);
    if (cpu.length > 0) {
      lines.push(
        "CPU time (user + system, from GNU time, Pagefind's process included), which other work on the machine does not inflate as it does wall time:",
        "",
        "| input | production build CPU | bare Eleventy CPU | ratio |",
        "| --- | --- | --- | --- |",
      );
      for (const s of cpu) {
        const full = s.fullCpuSeconds as Spread;
        const bare = s.bareCpuSeconds as Spread;
        lines.push(`| ${s.label} | ${formatSpread(full, "s")} | ${formatSpread(bare, "s")} | ${(full.median / bare.median).toFixed(2)}× |`);
      }
      lines.push("");
    }
    const indexed = results.sizes.map((s) => `${s.label}: ${s.pagesIndexed ?? "?"} pages indexed of ${s.htmlPages}`).join("; ");
    lines.push(`Search index: ${indexed} (the search page and 404 page are not indexed).`, "");
  }

  if (results.weights.length > 0) {
    lines.push("## Bytes per page template", "");
    lines.push("Compressed with Node's zlib defaults (gzip level 6, brotli quality 11). CSS and JS are what the page links to; a page's own JavaScript is its `<script src>` files and inline scripts (JSON-LD data is not JavaScript).", "");
    lines.push("| template | measured | HTML gzip / br | CSS gzip / br | JS gzip / br | total gzip / br |");
    lines.push("| --- | --- | --- | --- | --- | --- |");
    for (const { template, measured, weight: w } of results.weights) {
      const pair = (s: { gzip: number; brotli: number }) => (s.gzip === 0 ? "0" : `${kb(s.gzip)} / ${kb(s.brotli)}`);
      lines.push(`| ${template} | ${measured} | ${pair(w.html)} | ${pair(w.css)} | ${pair(w.js)} | ${pair(w.total)} |`);
    }
    lines.push("");
  }

  if (results.search) {
    const s = results.search;
    lines.push("## Cold search", "");
    lines.push(
      `A fresh browser context (empty cache) opens \`/search/\` on the London build, types “${s.query}”, and the page times the last keystroke to the first result link. ` +
        "The site is served from localhost by a server that gzips HTML, CSS, JS and JSON as Netlify's CDN does (Chromium asks for brotli only over HTTPS; the brotli column is what the same bodies would be as brotli). Pagefind's index, fragment and WebAssembly files are already compressed, and are sent as they are. " +
        "Bytes are response bodies, without headers.",
      "",
    );
    lines.push(`- time to first result: ${formatSpread(s.firstResultMs, "ms", 0)} (includes the search box's 100 ms debounce)`);
    lines.push(`- transferred: ${kb(s.sentBytes.median)} (${kb(s.sentBytes.min)}–${kb(s.sentBytes.max)}); as brotli: ${kb(s.brotliBytes.median)}`, "");
    lines.push("| request (median run) | sent | brotli | uncompressed |", "| --- | --- | --- | --- |");
    for (const r of s.requests) lines.push(`| ${r.url} | ${kb(r.sent)} | ${kb(r.brotli)} | ${kb(r.raw)} |`);
    lines.push("");
  }

  if (results.find) {
    const f = results.find;
    lines.push("## Cold postcode lookup", "");
    lines.push(
      `A fresh browser context (empty cache) opens \`/find/\` on the London build, submits “${f.postcode}”, and the page times the submit to the team's heading appearing; the district's file is fetched cold. ` +
        "A second fresh context opens `/find/?postcode=…` (as the home page's form does) and times navigation start to the team. Served as for the cold search.",
      "",
    );
    lines.push(`- submit to team: ${formatSpread(f.submitToTeamMs, "ms", 0)}`);
    lines.push(`- opening /find/?postcode= to team: ${formatSpread(f.openToTeamMs, "ms", 0)}`);
    lines.push(`- beyond the page: ${kb(f.lookupBytes.median)} gzip; as brotli: ${kb(f.lookupBrotliBytes.median)}`, "");
    lines.push("| request | sent | brotli | uncompressed |", "| --- | --- | --- | --- |");
    for (const r of f.requests) lines.push(`| ${r.url} | ${kb(r.sent)} | ${kb(r.brotli)} | ${kb(r.raw)} |`);
    lines.push("");
  }

  if (results.preview) {
    const p = results.preview;
    lines.push("## Preview loop (full London, `npm start`)", "");
    lines.push(
      "The preview server (`eleventy --serve`) runs on a copy of the London content. A ward page is open in Chromium; the harness appends a new word to that ward's description and saves the file, then times how long until the open page shows the word (live reload, no navigation), and until the preview logs that the Pagefind index was rewritten. The first edit is a warm-up.",
      "",
    );
    lines.push(`- page updated: ${formatSpread(p.pageUpdatedMs, "ms", 0)}`);
    lines.push(`- search updated: ${formatSpread(p.searchUpdatedMs, "ms", 0)}; a search in the preview ${p.searchFoundWord ? "found" : "did not find"} the last new word`);
    lines.push(`- preview start (first full build and index): ${(p.startupMs / 1000).toFixed(1)} s`, "");
  }

  // The hand-written part: method, profiles, and what each change bought.
  const notes = new URL("./notes.md", import.meta.url);
  if (existsSync(notes)) lines.push(readFileSync(notes, "utf8").trim(), "");
  return `${lines.join("\n")}\n`;
}
