import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { WardInput } from "./schema.ts";
import { isUntouchedSkeleton, skeletonYaml, stringifyWard, wardFilePath } from "./skeleton-file.ts";
import type { WardListEntry } from "./ward-list.ts";

/* Writing ward files: skeletons from a ward list (npm run import:wards), or whole wards (the generator, the sync's tests). */

export interface ImportResult {
  /** Paths of the files, under the contentDir given. */
  readonly created: readonly string[];
  readonly skipped: readonly string[];
  /** Untouched skeletons written again in the current format (--refresh-skeletons). */
  readonly refreshed?: readonly string[];
}

/**
 * Write a skeleton file for every ward that has none. An existing file is
 * never touched (the \`wx\` flag makes the check and the write one step),
 * except, with \`refreshSkeletons\`, a skeleton no one has edited yet, which is
 * written again in the current format.
 */
export function importWards(
  wards: readonly WardListEntry[],
  contentDir: string,
  options: { refreshSkeletons?: boolean } = {},
): ImportResult {
  const created: string[] = [];
  const skipped: string[] = [];
  const refreshed: string[] = [];
  const madeDirs = new Set<string>();
  for (const entry of wards) {
    const file = wardFilePath(contentDir, entry);
    const dir = path.dirname(file);
    if (!madeDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
    }
    const yaml = skeletonYaml(entry);
    try {
      writeFileSync(file, yaml, { flag: "wx" });
      created.push(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const existing = readFileSync(file, "utf8");
      if (options.refreshSkeletons && existing !== yaml && isUntouchedSkeleton(existing, entry)) {
        writeFileSync(file, yaml);
        refreshed.push(file);
      } else {
        skipped.push(file);
      }
    }
  }
  return { created, skipped, refreshed };
}

export interface WrittenWardFiles {
  readonly written: readonly string[];
  /** Files that existed already and were kept (only without `overwrite`). */
  readonly skipped: readonly string[];
}

/**
 * Write wards as YAML where they belong under contentDir, after a comment.
 * Without `overwrite` an existing file is kept: the `wx` flag makes the check
 * and the write one step.
 */
export function writeWardFiles(
  wards: Iterable<WardInput>,
  contentDir: string,
  comment: string,
  options: { readonly overwrite?: boolean } = {},
): WrittenWardFiles {
  const written: string[] = [];
  const skipped: string[] = [];
  const madeDirs = new Set<string>();
  for (const ward of wards) {
    const file = wardFilePath(contentDir, { name: ward.name, boroughName: ward.borough.name });
    const dir = path.dirname(file);
    if (!madeDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
    }
    try {
      writeFileSync(file, stringifyWard(ward, comment), { flag: options.overwrite ? "w" : "wx" });
      written.push(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      skipped.push(file);
    }
  }
  return { written, skipped };
}

export function formatImportSummary(result: ImportResult, cityWardsLeftOut = 0): string {
  const files = (n: number) => `${n} ward file${n === 1 ? "" : "s"}`;
  const refreshed = result.refreshed?.length ? `, refreshed ${files(result.refreshed.length)} still untouched` : "";
  const summary = `Created ${files(result.created.length)}${refreshed}, skipped ${result.skipped.length} that already exist.`;
  if (cityWardsLeftOut === 0) return summary;
  return `${summary}\nLeft out the City of London's ${cityWardsLeftOut} ward${cityWardsLeftOut === 1 ? "" : "s"}: the City of London Police polices the City, not the Met.`;
}
