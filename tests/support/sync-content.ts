import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { importWards, type WardListEntry } from "../../src/wards/import.ts";

/** Real London wards the fake API's fixtures describe (all but Vincent Square, which has no file). */
export const SYNC_WARDS: readonly WardListEntry[] = [
  { code: "E05013655", name: "Camden Town", boroughCode: "E09000007", boroughName: "Camden" },
  { code: "E05013664", name: "Kentish Town South", boroughCode: "E09000007", boroughName: "Camden" },
  { code: "E05013668", name: "Regent's Park", boroughCode: "E09000007", boroughName: "Camden" },
  // Not listed by the fake API: reported by name.
  { code: "E05013669", name: "St Pancras & Somers Town", boroughCode: "E09000007", boroughName: "Camden" },
  { code: "E05009377", name: "Hoxton East & Shoreditch", boroughCode: "E09000012", boroughName: "Hackney" },
  { code: "E05009317", name: "Bethnal Green East", boroughCode: "E09000030", boroughName: "Tower Hamlets" },
  { code: "E05009331", name: "Bethnal Green West", boroughCode: "E09000030", boroughName: "Tower Hamlets" },
  { code: "E05009333", name: "Spitalfields & Banglatown", boroughCode: "E09000030", boroughName: "Tower Hamlets" },
  { code: "E05009335", name: "Weavers", boroughCode: "E09000030", boroughName: "Tower Hamlets" },
  { code: "E05013801", name: "Marylebone", boroughCode: "E09000033", boroughName: "Westminster" },
  { code: "E05013808", name: "West End", boroughCode: "E09000033", boroughName: "Westminster" },
];

export interface SyncContent {
  readonly contentDir: string;
  /** A ward file's path by its borough and ward slugs: file("camden", "camden-town"). */
  file(borough: string, ward: string): string;
  cleanup(): void;
}

/**
 * A content folder in the system temp folder with skeleton files for the
 * wards above, as import:wards writes them, and the sample St James's file
 * (sample content, which the first sync replaces).
 */
export function makeSyncContent(): SyncContent {
  const root = mkdtempSync(path.join(tmpdir(), "sn-sync-"));
  const contentDir = path.join(root, "content");
  importWards(SYNC_WARDS, contentDir, { today: "2026-11-01" });
  copyFileSync("content/wards/westminster/st-jamess.yaml", path.join(contentDir, "wards", "westminster", "st-jamess.yaml"));
  return {
    contentDir,
    file: (borough, ward) => path.join(contentDir, "wards", borough, `${ward}.yaml`),
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}
