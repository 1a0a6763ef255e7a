/**
 * npm run import:postcodes -- <postcodes.csv> [--content content]
 *
 * Turns a postcode list (the shared OS Code-Point Open extract, one row per
 * postcode with its ward) into the compact lookup files the site commits in
 * content/postcodes/, one per postcode district. Every ward code must have a
 * ward file (or be one of the City of London's wards).
 */
import path from "node:path";
import { ContentValidationError } from "../src/content/problems.ts";
import { formatPostcodeSummary, readPostcodeCsv, writePostcodeData } from "../src/postcodes/import.ts";
import { loadWards, wardsOrThrow } from "../src/wards/load.ts";
import { ImportError } from "../src/import/source.ts";
import { commandLine, runCommand } from "../src/cli/command.ts";

const USAGE = "usage: npm run import:postcodes -- <postcodes.csv> [--content content]";

function main(): void {
  const args = commandLine(USAGE, { content: { type: "string", default: "content" } });
  if (!args) return;
  const { positionals, values } = args;
  const [csv, ...extra] = positionals;
  if (csv === undefined || extra.length > 0) throw new ImportError(USAGE);
  const wards = wardsOrThrow(loadWards(values.content));
  const known = new Map(wards.map((ward) => [ward.id.replace(/N$/, ""), { boroughCode: ward.borough.code }]));
  const rows = readPostcodeCsv(csv, known);
  const result = writePostcodeData(rows, values.content, path.basename(csv));
  console.log(formatPostcodeSummary(result));
}

void runCommand("import:postcodes", main, [ImportError, ContentValidationError]);
