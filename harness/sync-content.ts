import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { skeletonWard } from "../src/wards/skeleton-file.ts";
import { writeWardFiles } from "../src/wards/import.ts";
import { type WardListEntry } from "../src/wards/ward-list.ts";

export interface SyncContent {
  readonly contentDir: string;
  /** A ward file's path by its borough and ward slugs: file("camden", "camden-town"). */
  file(borough: string, ward: string): string;
  cleanup(): void;
}

/**
 * A copy of tests/fixtures/sync/content in the system temp folder: skeleton
 * files, as import:wards writes them (Camden Town and Regent's Park with the
 * commented examples), for the real London wards the fake API describes, the
 * sample St James's file, and St Pancras & Somers Town, which the API does not list.
 */
export function makeSyncContent(): SyncContent {
  const root = mkdtempSync(path.join(tmpdir(), "sn-sync-"));
  const contentDir = path.join(root, "content");
  cpSync("tests/fixtures/sync/content", contentDir, { recursive: true });
  return {
    contentDir,
    file: (borough, ward) => path.join(contentDir, "wards", borough, `${ward}.yaml`),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** A ward of the ONS list, by another name in the sync's tests. */
export type SkeletonEntry = WardListEntry;

/** Bare ward files with empty sections, as import:wards writes them, for runs over many wards. */
export function writeSkeletons(entries: readonly WardListEntry[], contentDir: string): void {
  writeWardFiles(
    entries.map((entry) => skeletonWard(entry)),
    contentDir,
    "A skeleton ward file.",
    { overwrite: true },
  );
}
