import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { compareProblems, ContentValidationError, formatProblem, type ContentProblem } from "../content/problems.ts";
import { parseYaml } from "../content/yaml.ts";
import { checkWards } from "./checks.ts";
import { findWardFiles, readWardFile, type FileOutcome, type WardEntry, type WardFile } from "./files.ts";
import { compareWards } from "./labels.ts";
import { PARALLEL_MIN_FILES, readWardFilesInParallel } from "./read-parallel.ts";
import type { Ward } from "./schema.ts";

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

/** Read every ward in `<contentDir>/wards/<borough-slug>/<ward-slug>.yaml`, reporting all problems at once. */
export function loadWards(contentDir: string, options: LoadOptions = {}): LoadResult {
  return createWardLoader(contentDir, options).load();
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
