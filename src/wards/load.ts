import { readdirSync, readFileSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { Worker } from "node:worker_threads";
import { compareProblems, ContentValidationError, formatProblem, type ContentProblem } from "../content/problems.ts";
import { parseYaml, problemsFromIssues } from "../content/yaml.ts";
import { CORE_SCHEMA, load as loadYamlWithoutPositions } from "js-yaml";
import { wardCodeInSource, wardCodeKey } from "./codes.ts";
import { validateWard, type Ward } from "./schema.ts";
import { startTypeScriptWorker } from "../threads/typescript-worker.ts";

/** A valid ward and the file it came from, as the cross-file checks need both. */
export interface WardEntry {
  /** Path as shown to authors, e.g. `content/wards/camden/camden-town.yaml`. */
  readonly file: string;
  readonly ward: Ward;
}

export interface LoadResult {
  /** Valid wards, sorted by borough name then ward name. Frozen: they are shared between loads. */
  readonly wards: readonly Ward[];
  /** Errors: any of these should stop the build. */
  readonly problems: readonly ContentProblem[];
  /** Worth an author's attention, but the site can still be published. */
  readonly warnings: readonly ContentProblem[];
}

export interface LoadOptions {
  /** Paths in problems are shown relative to this (default: the current directory). */
  readonly root?: string;
  /** loadAsync() reads on two threads from this many changed files (default 2,000). */
  readonly parallelFrom?: number;
}

export interface CheckOptions {
  /** Where ward files live, as shown to authors; names the file of whole-data-set warnings. */
  readonly wardsDir?: string;
  /**
   * Codes of wards whose files failed validation. A neighbour pointing at one
   * of them is not reported as missing: the author is already fixing that file.
   */
  readonly knownCodes?: Iterable<string>;
}

const collator = new Intl.Collator("en-GB", { sensitivity: "base", numeric: true });

export function compareWards(a: Ward, b: Ward): number {
  return collator.compare(a.borough.name, b.borough.name) || collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
}

/** Read every ward in `<contentDir>/wards/<borough-slug>/<ward-slug>.yaml`, reporting all problems at once. */
export function loadWards(contentDir: string, options: LoadOptions = {}): LoadResult {
  return createWardLoader(contentDir, options).load();
}

export interface FileOutcome {
  readonly entry?: WardEntry;
  readonly problems: readonly ContentProblem[];
  /** The ward code of a file that failed validation, if it could be read. */
  readonly looseCode?: string;
}

interface CacheEntry {
  readonly mtimeMs: number;
  readonly size: number;
  readonly outcome: FileOutcome;
}

export interface WardLoader {
  load(): LoadResult;
  /** The same result; a large set of changed files is read on two threads. */
  loadAsync(): Promise<LoadResult>;
}

/**
 * A loader for watch mode: `load()` re-reads only files whose modification
 * time or size changed since the last call. Cross-file checks always rerun,
 * because one file's edit can break another's neighbour list.
 */
export function createWardLoader(contentDir: string, options: LoadOptions = {}): WardLoader {
  const root = path.resolve(options.root ?? process.cwd());
  const wardsDir = path.resolve(contentDir, "wards");
  const show = (absolute: string): string => {
    const relative = path.relative(root, absolute);
    return (relative.startsWith("..") || path.isAbsolute(relative) ? absolute : relative).split(path.sep).join("/");
  };
  const cache = new Map<string, CacheEntry>();

  const plan = () => {
    const { files, problems } = findWardFiles(wardsDir, show);
    const stale: WardFile[] = [];
    const stats = files.map((file) => {
      const stat = statSync(file);
      const cached = cache.get(file);
      if (!cached || cached.mtimeMs !== stat.mtimeMs || cached.size !== stat.size) stale.push({ absolute: file, shown: show(file) });
      return stat;
    });
    return { files, problems, stale, stats };
  };

  const assemble = ({ files, problems, stats }: ReturnType<typeof plan>, outcomes: ReadonlyMap<string, FileOutcome>): LoadResult => {
    const seen = new Set<string>();
    const entries: WardEntry[] = [];
    const knownCodes: string[] = [];
    files.forEach((file, i) => {
      seen.add(file);
      const outcome = outcomes.get(file);
      if (outcome) {
        const stat = stats[i] as { mtimeMs: number; size: number };
        cache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, outcome });
      }
      const cached = cache.get(file) as CacheEntry;
      const { entry, looseCode } = cached.outcome;
      for (const problem of cached.outcome.problems) problems.push(problem);
      if (entry) entries.push(entry);
      if (looseCode !== undefined) knownCodes.push(looseCode);
    });
    for (const file of cache.keys()) if (!seen.has(file)) cache.delete(file);

    const checked = checkWards(entries, { wardsDir: show(wardsDir), knownCodes });
    const absolute = (shown: string) => path.resolve(root, shown);
    return {
      wards: entries.map((entry) => entry.ward).sort(compareWards),
      problems: addLines([...problems, ...checked.problems], absolute).sort(compareProblems),
      warnings: addLines(checked.warnings, absolute).sort(compareProblems),
    };
  };

  return {
    load(): LoadResult {
      const planned = plan();
      return assemble(planned, new Map(planned.stale.map((file) => [file.absolute, readWardFile(file.absolute, file.shown)])));
    },
    async loadAsync(): Promise<LoadResult> {
      const planned = plan();
      const outcomes = await readWardFilesInParallel(planned.stale, options.parallelFrom ?? PARALLEL_MIN_FILES);
      return assemble(planned, new Map(planned.stale.map((file, i) => [file.absolute, outcomes[i] as FileOutcome])));
    },
  };
}

/** A ward file's absolute path, and its path as shown to authors. */
export interface WardFile {
  readonly absolute: string;
  readonly shown: string;
}

/** Below this many files to read, starting a second thread costs more than it saves. */
const PARALLEL_MIN_FILES = 2_000;
const CHUNK = 100;

/**
 * Read files on this thread and one worker thread at once. Both take chunks
 * from a shared counter, so the work splits itself however long the worker
 * takes to start, and none of it waits for the worker if this thread is done
 * first. If the worker fails, this thread reads whatever it left.
 */
async function readWardFilesInParallel(files: readonly WardFile[], parallelFrom: number): Promise<FileOutcome[]> {
  const outcomes: (FileOutcome | undefined)[] = new Array(files.length);
  const readRange = (start: number) => {
    for (let i = start; i < Math.min(start + CHUNK, files.length); i++) {
      const file = files[i] as WardFile;
      outcomes[i] = readWardFile(file.absolute, file.shown);
    }
  };
  if (files.length === 0 || files.length < parallelFrom || availableParallelism() < 2) {
    for (let start = 0; start < files.length; start += CHUNK) readRange(start);
    return outcomes as FileOutcome[];
  }
  const counter = new Int32Array(new SharedArrayBuffer(4));
  let filled = 0;
  let allFilled: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (allFilled = resolve));
  const worker = startReadWorker({ files, counter: counter.buffer as SharedArrayBuffer, chunk: CHUNK });
  let failed = false;
  worker.on("message", (message: { start: number; outcomes: FileOutcome[] }) => {
    message.outcomes.forEach((outcome, i) => {
      outcomes[message.start + i] = outcome.entry ? { ...outcome, entry: { ...outcome.entry, ward: deepFreeze(outcome.entry.ward) } } : outcome;
    });
    filled += message.outcomes.length;
    if (filled === files.length) allFilled();
  });
  worker.once("error", () => {
    failed = true;
    allFilled();
  });
  try {
    for (let start = Atomics.add(counter, 0, CHUNK); start < files.length; start = Atomics.add(counter, 0, CHUNK)) {
      readRange(start);
      filled += Math.min(CHUNK, files.length - start);
    }
    if (filled < files.length) await done;
  } finally {
    await worker.terminate();
  }
  if (failed) {
    for (let i = 0; i < files.length; i++) {
      const file = files[i] as WardFile;
      outcomes[i] ??= readWardFile(file.absolute, file.shown);
    }
  }
  return outcomes as FileOutcome[];
}

function startReadWorker(data: { files: readonly WardFile[]; counter: SharedArrayBuffer; chunk: number }): Worker {
  return startTypeScriptWorker(new URL("./read-worker.ts", import.meta.url), data);
}

/** Read one chunk of files at a time, claimed from the shared counter, for readWardFilesInParallel. */
export function runReadWorker(data: { files: readonly WardFile[]; counter: SharedArrayBuffer; chunk: number }, post: (message: unknown) => void): void {
  const counter = new Int32Array(data.counter);
  for (let start = Atomics.add(counter, 0, data.chunk); start < data.files.length; start = Atomics.add(counter, 0, data.chunk)) {
    const outcomes = data.files.slice(start, start + data.chunk).map((file) => readWardFile(file.absolute, file.shown));
    post({ start, outcomes });
  }
}

function findWardFiles(wardsDir: string, show: (file: string) => string): { files: string[]; problems: ContentProblem[] } {
  const files: string[] = [];
  const problems: ContentProblem[] = [];
  const misplaced = (file: string, message: string) => problems.push({ file: show(file), field: "", message });
  let boroughs;
  try {
    boroughs = readdirSync(wardsDir, { withFileTypes: true });
  } catch (error) {
    // A site with no ward pages yet is valid.
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { files, problems };
    throw error;
  }
  for (const borough of boroughs) {
    const boroughPath = path.join(wardsDir, borough.name);
    if (borough.name.startsWith(".")) continue;
    if (!borough.isDirectory()) {
      if (/\.ya?ml$/.test(borough.name)) {
        misplaced(boroughPath, "ward files go in a folder named after their borough: wards/<borough-slug>/<ward-slug>.yaml");
      }
      continue;
    }
    for (const item of readdirSync(boroughPath, { withFileTypes: true })) {
      const itemPath = path.join(boroughPath, item.name);
      if (item.name.startsWith(".")) continue;
      if (item.isDirectory()) {
        misplaced(itemPath, "ward files go directly in their borough's folder; folders inside it are not read");
      } else if (item.name.endsWith(".yaml")) {
        files.push(itemPath);
      } else if (item.name.endsWith(".yml")) {
        misplaced(itemPath, "ward files end in .yaml; rename this file so that it is read");
      }
    }
  }
  return { files: files.sort(), problems };
}

/** js-yaml with the YAML 1.2 core schema, as the \`yaml\` library reads it: dates stay strings. */
function readWithoutPositions(source: string): unknown {
  try {
    return loadYamlWithoutPositions(source, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
}

function readWardFile(absolute: string, file: string): FileOutcome {
  const source = readFileSync(absolute, "utf8");
  // Most files are valid: js-yaml reads them about three times faster than
  // the \`yaml\` library, because it keeps no source positions. Only a file
  // that fails pays for the full parser, whose positions name the line to fix.
  const simple = readWithoutPositions(source);
  if (simple !== undefined) {
    const result = validateWard(simple);
    if (result.ok) return { entry: { file, ward: deepFreeze(result.ward) }, problems: [] };
  }
  const parsed = parseYaml(source, file);
  if (parsed.problems.length > 0) {
    // Still learn the code if we can, so neighbours of a broken file are not also reported.
    const id = wardCodeInSource(source);
    return { problems: parsed.problems, ...(id ? { looseCode: id } : {}) };
  }
  if (parsed.value === null || parsed.value === undefined) {
    return { problems: [{ file, line: 1, field: "", message: "the file is empty; expected a ward's fields (id, name, slug, ...)" }] };
  }
  const result = validateWard(parsed.value);
  if (result.ok) return { entry: { file, ward: deepFreeze(result.ward) }, problems: [] };
  const id: unknown = (parsed.value as { id?: unknown }).id;
  return {
    problems: problemsFromIssues(file, parsed, result.issues),
    ...(typeof id === "string" ? { looseCode: id } : {}),
  };
}

/**
 * Rules that need more than one file. Pure, so it is tested without a disk.
 * Problems here have no line: the loader adds them by re-reading only the
 * files concerned, which keeps the common (valid) path free of that cost.
 */
export function checkWards(
  entries: readonly WardEntry[],
  options: CheckOptions = {},
): { problems: ContentProblem[]; warnings: ContentProblem[] } {
  const wardsDir = options.wardsDir ?? "content/wards";
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const byFile = [...entries].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  // Duplicates: the first file (by path) keeps the code or slug; every later one is reported.
  const firstByCode = new Map<string, WardEntry>();
  const firstBySlug = new Map<string, WardEntry>();
  for (const entry of byFile) {
    const { ward, file } = entry;
    const code = firstByCode.get(wardCodeKey(ward.id));
    if (code) {
      problems.push({ file, field: "id", message: `ward code ${ward.id} is also used by ${code.file}; each ward has one file` });
    } else {
      firstByCode.set(wardCodeKey(ward.id), entry);
    }
    const slugKey = `${ward.borough.slug}/${ward.slug}`;
    const slug = firstBySlug.get(slugKey);
    if (slug) {
      problems.push({
        file,
        field: "slug",
        message: `${slugKey} is also used by ${slug.file}; two wards would share one page address`,
      });
    } else {
      firstBySlug.set(slugKey, entry);
    }
    problems.push(...checkPath(entry));
  }

  problems.push(...checkBoroughNames(byFile));

  const known = new Set([...firstByCode.keys(), ...[...(options.knownCodes ?? [])].map(wardCodeKey)]);
  for (const { ward, file } of byFile) {
    ward.neighbours.forEach((code, i) => {
      if (!known.has(wardCodeKey(code))) {
        problems.push({ file, field: `neighbours[${i}]`, message: `no ward in ${wardsDir} has the code ${code}; expected the code of another ward` });
      }
    });
    ward.team.forEach((member, i) => {
      member.also_covers?.forEach((code, j) => {
        const field = `team[${i}].also_covers[${j}]`;
        const other = firstByCode.get(wardCodeKey(code));
        if (!other) {
          if (!known.has(wardCodeKey(code))) {
            problems.push({ file, field, message: `no ward in ${wardsDir} has the code ${code}; expected the code of another ward` });
          }
        } else if (!teamNames(other.ward).has(nameKey(member.name))) {
          warnings.push({
            file,
            field,
            message: `${member.name} covers ${other.ward.name} (${code}) by this file, but ${other.file} does not list them in its team`,
          });
        }
      });
    });
  }

  const vacancies = summariseVacancies(entries.map((entry) => entry.ward), wardsDir);
  if (vacancies) warnings.push(vacancies);
  return { problems, warnings };
}

function checkPath({ file, ward }: WardEntry): ContentProblem[] {
  const parts = file.split("/");
  const name = parts.at(-1) ?? "";
  const folder = parts.at(-2) ?? "";
  const expected = [...parts.slice(0, -2), ward.borough.slug, `${ward.slug}.yaml`].join("/");
  const problems: ContentProblem[] = [];
  if (folder !== ward.borough.slug) {
    problems.push({
      file,
      field: "borough.slug",
      message: `the file is in the folder "${folder}" but borough.slug is "${ward.borough.slug}"; expected the file at ${expected}`,
    });
  }
  if (name !== `${ward.slug}.yaml`) {
    problems.push({
      file,
      field: "slug",
      message: `the file is named "${name}" but slug is "${ward.slug}"; expected the file at ${expected}`,
    });
  }
  return problems;
}

/** One borough, one name, one code: a typo in either would split a borough's listing in two. */
function checkBoroughNames(entries: readonly WardEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const check = (key: (entry: WardEntry) => string, value: (entry: WardEntry) => string, field: string, describe: (k: string) => string) => {
    const groups = new Map<string, Map<string, WardEntry[]>>();
    for (const entry of entries) {
      let values = groups.get(key(entry));
      if (!values) groups.set(key(entry), (values = new Map()));
      let files = values.get(value(entry));
      if (!files) values.set(value(entry), (files = []));
      files.push(entry);
    }
    for (const [k, values] of groups) {
      if (values.size < 2) continue;
      // The most common spelling is taken to be right; the others are reported.
      const ranked = [...values].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
      const [majorityValue, majorityFiles] = ranked[0] ?? ["", []];
      for (const [wrong, files] of ranked.slice(1)) {
        for (const entry of files) {
          problems.push({
            file: entry.file,
            field,
            message: `${describe(k)} is "${wrong}" here but "${majorityValue}" in ${majorityFiles.length} other file${majorityFiles.length === 1 ? "" : "s"} (e.g. ${majorityFiles[0]?.file}); expected "${majorityValue}"`,
          });
        }
      }
    }
  };
  check((e) => e.ward.borough.code, (e) => e.ward.borough.name, "borough.name", (code) => `the name of borough ${code}`);
  check((e) => e.ward.borough.name, (e) => e.ward.borough.code, "borough.code", (name) => `the code of borough "${name}"`);
  return problems;
}

const MAX_LISTED_VACANCIES = 30;

/** Posts fall vacant, so this is not an error; one summary keeps a build log readable. */
function summariseVacancies(wards: readonly Ward[], wardsDir: string): ContentProblem | undefined {
  const vacant: string[] = [];
  for (const ward of [...wards].sort(compareWards)) {
    const missing = [
      ward.team.some((member) => member.role === "dedicated-officer") ? undefined : "dedicated officer",
      ward.team.some((member) => member.role === "dedicated-pcso") ? undefined : "dedicated PCSO",
    ].filter((post) => post !== undefined);
    if (missing.length > 0) vacant.push(`${ward.name} (${ward.borough.name}): no ${missing.join(" or ")}`);
  }
  if (vacant.length === 0) return undefined;
  const listed = vacant.slice(0, MAX_LISTED_VACANCIES);
  const more = vacant.length - listed.length;
  return {
    file: wardsDir,
    field: "team",
    message:
      `${vacant.length} ward${vacant.length === 1 ? " has" : "s have"} a vacant dedicated post; ` +
      `check the page says so: ${listed.join("; ")}${more > 0 ? `; and ${more} more` : ""}`,
  };
}

/** People are matched across files by name, ignoring case and spacing. */
function nameKey(name: string): string {
  return name.replace(/\s+/g, " ").trim().toLowerCase();
}

const teamNameCache = new WeakMap<Ward, Set<string>>();

function teamNames(ward: Ward): Set<string> {
  let names = teamNameCache.get(ward);
  if (!names) teamNameCache.set(ward, (names = new Set(ward.team.map((member) => nameKey(member.name)))));
  return names;
}

/** Cross-file problems name a field but not a line; find it in the few files concerned. */
function addLines(problems: readonly ContentProblem[], absolute: (file: string) => string): ContentProblem[] {
  const parsedFiles = new Map<string, ReturnType<typeof parseYaml> | undefined>();
  return problems.map((problem) => {
    if (problem.line !== undefined || problem.field === "" || !problem.file.endsWith(".yaml")) return problem;
    if (!parsedFiles.has(problem.file)) {
      let parsed;
      try {
        parsed = parseYaml(readFileSync(absolute(problem.file), "utf8"), problem.file);
      } catch {
        // Deleted since it was read: the problem still names the file and field.
      }
      parsedFiles.set(problem.file, parsed);
    }
    const position = parsedFiles.get(problem.file)?.locate(fieldPath(problem.field));
    return position ? { ...problem, line: position.line, column: position.column } : problem;
  });
}

/** `team[2].also_covers[0]` → ["team", 2, "also_covers", 0]: the inverse of formatFieldPath. */
function fieldPath(field: string): PropertyKey[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) => (match[2] === undefined ? (match[1] ?? "") : Number(match[2])));
}

/** Throw every problem at once (without a stack trace, see ContentValidationError); otherwise return the wards. */
export function wardsOrThrow(result: LoadResult): readonly Ward[] {
  if (result.problems.length > 0) throw new ContentValidationError(result.problems);
  return result.wards;
}

/** Warnings as printable lines, under a heading; empty when there are none. */
export function formatWarnings(warnings: readonly ContentProblem[]): string {
  if (warnings.length === 0) return "";
  const lines = [...warnings].sort(compareProblems).map(formatProblem);
  return `${warnings.length} warning${warnings.length === 1 ? "" : "s"} in ward content:\n${lines.join("\n")}`;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
