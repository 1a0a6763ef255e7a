import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import writeFileAtomic from "write-file-atomic";
import { parseDocument } from "yaml";
import { WARD_CODE, wardCodeKey } from "../wards/codes.ts";
import type { SyncedWard } from "./synced.ts";

/*
 * Where the sync reads and writes: ward files (found by their `id`, wherever
 * they are under content/wards/<borough>/), and one snapshot per ward of
 * what the last sync took from the API (content/wards/.sync/<code>.json).
 * The loader skips dot-folders, so snapshots are never read as wards.
 */

export interface WardFileInfo {
  /** Absolute path. */
  readonly file: string;
  readonly code: string;
  readonly name: string;
  readonly borough?: { readonly code: string; readonly name: string; readonly slug: string };
}

/** Ward files by code (without the N suffix). A file whose id cannot be read is left out; the build reports it. */
export function findWardFiles(contentDir: string): Map<string, WardFileInfo> {
  const wardsDir = path.join(contentDir, "wards");
  const found = new Map<string, WardFileInfo>();
  let boroughs: string[];
  try {
    boroughs = readdirSync(wardsDir).filter((name) => !name.startsWith(".")).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return found;
    throw error;
  }
  for (const borough of boroughs) {
    let names: string[];
    try {
      names = readdirSync(path.join(wardsDir, borough));
    } catch {
      continue; // Not a folder.
    }
    for (const name of names.filter((n) => n.endsWith(".yaml") && !n.startsWith(".")).sort()) {
      const file = path.join(wardsDir, borough, name);
      let data: Record<string, unknown> | null;
      try {
        data = parseDocument(readFileSync(file, "utf8")).toJS() as Record<string, unknown> | null;
      } catch {
        continue;
      }
      const id = data?.["id"];
      if (typeof id !== "string" || !WARD_CODE.test(id)) continue;
      const b = data?.["borough"] as WardFileInfo["borough"] | undefined;
      found.set(wardCodeKey(id), {
        file,
        code: id,
        name: typeof data?.["name"] === "string" ? data["name"] : id,
        ...(b && typeof b.slug === "string" ? { borough: b } : {}),
      });
    }
  }
  return found;
}

export function snapshotPath(contentDir: string, code: string): string {
  return path.join(contentDir, "wards", ".sync", `${wardCodeKey(code)}.json`);
}

export interface Snapshot {
  /** The neighbourhood's id on data.police.uk (with its N suffix, if it has one). */
  readonly neighbourhood: string;
  readonly fields: SyncedWard;
}

export function readSnapshot(file: string): Snapshot | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  const data = JSON.parse(text) as Snapshot;
  if (typeof data !== "object" || data === null || typeof data.fields !== "object") throw new Error(`${file} is not a sync snapshot`);
  return data;
}

/** Stable text, so a run that changes nothing rewrites nothing. */
export function snapshotText(snapshot: Snapshot): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}

/** Read a file, or undefined if there is none. */
export function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/**
 * Write to a temporary file beside the target, then rename it over the target:
 * a reader, or a run killed half-way, sees the old file or the new one, never half of one.
 */
export async function writeAtomically(file: string, text: string): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, text, { encoding: "utf8" });
}
