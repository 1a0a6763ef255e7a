import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ContentValidationError, formatFieldPath, type ContentProblem } from "../content/problems.ts";
import { districtFileName, districtSchema, postcodeIndexSchema, type DistrictFile, type PostcodeIndex } from "./data.ts";

export interface PostcodeData {
  readonly index: PostcodeIndex;
  /** By outward code, in the index's order. */
  readonly districts: ReadonlyMap<string, DistrictFile>;
}

/**
 * Read the committed postcode lookup (content/postcodes/), reporting every
 * problem at once, one line each. A content folder without it (a test's
 * generated wards) has no postcode lookup: undefined.
 */
export function loadPostcodeData(contentDir: string): PostcodeData | undefined {
  const dir = path.join(contentDir, "postcodes");
  const indexFile = path.join(dir, "index.json");
  if (!hasPostcodeData(contentDir)) return undefined;
  const problems: ContentProblem[] = [];
  const read = <T>(file: string, schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }): T | undefined => {
    const shown = path.relative(process.cwd(), file).split(path.sep).join("/");
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file: run npm run import:postcodes" : (error as Error).message;
      problems.push({ file: shown, field: "", message: reason });
      return undefined;
    }
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) problems.push({ file: shown, field: formatFieldPath(issue.path), message: issue.message });
    return undefined;
  };
  const index = read(indexFile, postcodeIndexSchema);
  const districts = new Map<string, DistrictFile>();
  for (const outward of index?.districts ?? []) {
    const district = read(path.join(dir, districtFileName(outward)), districtSchema);
    if (district) districts.set(outward, district);
  }
  if (problems.length > 0 || !index) throw new ContentValidationError(problems);
  return { index, districts };
}

/**
 * One district file at a time, read when first asked for: for the content
 * check, which needs only the districts of the bases' postcodes. A missing or
 * broken file is undefined here; the build's loadPostcodeData reports it.
 */
export function districtReader(contentDir: string): (outward: string) => DistrictFile | undefined {
  const dir = path.join(contentDir, "postcodes");
  const read = new Map<string, DistrictFile | undefined>();
  return (outward) => {
    if (!read.has(outward)) {
      let district: DistrictFile | undefined;
      try {
        const result = districtSchema.safeParse(JSON.parse(readFileSync(path.join(dir, districtFileName(outward)), "utf8")));
        district = result.success ? result.data : undefined;
      } catch {
        district = undefined;
      }
      read.set(outward, district);
    }
    return read.get(outward);
  };
}

/** Whether the content folder has postcode data at all. */
export function hasPostcodeData(contentDir: string): boolean {
  return existsSync(path.join(contentDir, "postcodes", "index.json"));
}
