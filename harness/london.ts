import { existsSync } from "node:fs";
import path from "node:path";
import { generateWardFiles } from "../src/wards/generate.ts";
import { importWards, readWardList } from "../src/wards/import.ts";
import { TEST_NOW } from "./clock.ts";
import { copyContent, type TempContent } from "./temp-content.ts";

/** The shared ONS ward list, beside the repository and never copied into it. */
export const LONDON_CSV = path.resolve("../shared/data/wards/london_wards_2024.csv");

export const londonSkipReason = `${LONDON_CSV} is missing (the shared ONS London ward list beside this repository)`;

export function hasLondonWardList(): boolean {
  return existsSync(LONDON_CSV);
}

/**
 * A copy of content/ whose wards are all 704 London wards from the ONS list,
 * imported and then filled with the deterministic synthetic team generator.
 */
export function londonContent(now = new Date(TEST_NOW)): TempContent {
  const content = copyContent({ wards: false });
  const list = readWardList(LONDON_CSV);
  importWards(list, content.contentDir);
  generateWardFiles(list, content.contentDir, { now, overwrite: true });
  return content;
}
