/**
 * npm run docs
 *
 * Writes the JSON Schemas editors use (schemas/*.json) and the field tables
 * in docs/AUTHORING.md from the zod schemas. Run it after changing a schema,
 * and commit the result; a test fails while they differ.
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { schemaFiles, withFieldTables } from "../src/docs/generate.ts";

for (const [file, text] of Object.entries(schemaFiles())) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`Wrote ${file}`);
}
const guide = "docs/AUTHORING.md";
writeFileSync(guide, withFieldTables(readFileSync(guide, "utf8")));
console.log(`Updated the field tables in ${guide}`);
