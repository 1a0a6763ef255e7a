/**
 * npm run import:postcodes -- <postcodes.csv> [--content content]
 *
 * Turns a postcode list (the shared OS Code-Point Open extract, one row per
 * postcode with its ward) into the compact lookup files the site commits in
 * content/postcodes/, one per postcode district. Every ward code must have a
 * ward file (or be one of the City of London's wards).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { ContentValidationError } from "../src/content/problems.ts";
import { formatPostcodeSummary, readPostcodeCsv, writePostcodeData } from "../src/postcodes/import.ts";
import { loadWards, wardsOrThrow } from "../src/wards/load.ts";
import { WardImportError } from "../src/wards/import.ts";

const USAGE = "usage: npm run import:postcodes -- <postcodes.csv> [--content content]";

function main(): void {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { content: { type: "string", default: "content" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const [csv, ...extra] = positionals;
  if (csv === undefined || extra.length > 0) throw new WardImportError(USAGE);
  const wards = wardsOrThrow(loadWards(values.content));
  const known = new Map(wards.map((ward) => [ward.id.replace(/N$/, ""), { boroughCode: ward.borough.code }]));
  const rows = readPostcodeCsv(csv, known);
  const result = writePostcodeData(rows, values.content, path.basename(csv));
  console.log(formatPostcodeSummary(result));
}

try {
  main();
} catch (error) {
  const parseArgsError = (error as { code?: unknown }).code?.toString().startsWith("ERR_PARSE_ARGS");
  if (error instanceof WardImportError || error instanceof ContentValidationError || parseArgsError) {
    console.error(`import:postcodes: ${(error as Error).message}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
