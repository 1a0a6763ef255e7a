/**
 * npm run redirects:wards -- <ward-code-history.csv> [--out src/redirects/ward-codes.json]
 *
 * Maps every London ward code in an ONS ward code history (columns WD_CODE,
 * WD_NAME, LAD_CODE, LAD_NAME, START, END, STATUS) to the current ward that
 * carries it on, and writes the result for the build, which turns it into
 * Netlify redirects from /areas/<code>/. Commit the file it writes.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { mapWardCodes, parseWardCodeHistory, stringifyWardCodeFile, summariseWardCodes } from "../src/redirects/ward-codes.ts";
import { WardImportError } from "../src/wards/import.ts";

const USAGE = "usage: npm run redirects:wards -- <ward-code-history.csv> [--out src/redirects/ward-codes.json]";

function main(): void {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { out: { type: "string", default: "src/redirects/ward-codes.json" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const [csv, ...extra] = positionals;
  if (csv === undefined || extra.length > 0) throw new WardImportError(USAGE);
  let source: string;
  try {
    source = readFileSync(csv, "utf8");
  } catch (error) {
    throw new WardImportError(`${csv}: cannot read the ward code history: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const codes = mapWardCodes(parseWardCodeHistory(source, csv));
  // The file name only: a path would say where the history sat on one machine.
  writeFileSync(values.out, stringifyWardCodeFile({ source: path.basename(csv), codes }));
  const summary = summariseWardCodes(codes);
  console.log(
    `Wrote ${values.out}: ${summary.live} current ward codes, ${summary.retiredToWard} retired codes that lead to a current ward of the same name, ${summary.retiredToBorough} that lead to their borough.`,
  );
}

try {
  main();
} catch (error) {
  if (error instanceof WardImportError || (error as { code?: unknown }).code?.toString().startsWith("ERR_PARSE_ARGS")) {
    console.error(`redirects:wards: ${(error as Error).message}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
