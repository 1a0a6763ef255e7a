import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { stringify } from "yaml";
import { slugify } from "../../src/markdown/markdown.ts";

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

export interface SkeletonEntry {
  readonly code: string;
  readonly name: string;
  readonly boroughCode: string;
  readonly boroughName: string;
}

/** Bare ward files with empty sections, for runs over many wards. */
export function writeSkeletons(entries: readonly SkeletonEntry[], contentDir: string): void {
  for (const entry of entries) {
    const borough = { code: entry.boroughCode, name: entry.boroughName, slug: slugify(entry.boroughName) };
    const file = path.join(contentDir, "wards", borough.slug, `${slugify(entry.name)}.yaml`);
    mkdirSync(path.dirname(file), { recursive: true });
    const ward = {
      id: entry.code,
      name: entry.name,
      slug: slugify(entry.name),
      borough,
      description: `The details of the Safer Neighbourhoods team for ${entry.name} have not been added yet.`,
      team: [],
      locations: [],
      contact_details: {},
      priorities: [],
      events: [],
      neighbours: [],
      last_reviewed: "2026-11-01",
    };
    writeFileSync(file, `# A skeleton ward file.\n${stringify(ward, { lineWidth: 0 })}`);
  }
}
