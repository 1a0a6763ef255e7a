/**
 * npm run redirects:wards -- <ward-code-history.csv> [--out src/redirects/ward-codes.json]
 *
 * Maps every London ward code in an ONS ward code history (columns WD_CODE,
 * WD_NAME, LAD_CODE, LAD_NAME, START, END, STATUS) to the current ward that
 * carries it on, and writes the result for the build, which turns it into
 * Netlify redirects from /areas/<code>/. Commit the file it writes.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { mapWardCodes, parseWardCodeHistory, stringifyWardCodeFile, summariseWardCodes } from "../src/redirects/ward-codes.ts";
import { ImportError, readSourceFile } from "../src/import/source.ts";
import { commandLine, runCommand } from "../src/cli/command.ts";

const USAGE = "usage: npm run redirects:wards -- <ward-code-history.csv> [--out src/redirects/ward-codes.json]";

function main(): void {
  const args = commandLine(USAGE, { out: { type: "string", default: "src/redirects/ward-codes.json" } });
  if (!args) return;
  const { positionals, values } = args;
  const [csv, ...extra] = positionals;
  if (csv === undefined || extra.length > 0) throw new ImportError(USAGE);
  const source = readSourceFile(csv, (reason) => new ImportError(`${csv}: cannot read the ward code history: ${reason}`));
  const codes = mapWardCodes(parseWardCodeHistory(source, csv));
  // The file name only: a path would say where the history sat on one machine.
  writeFileSync(values.out, stringifyWardCodeFile({ source: path.basename(csv), codes }));
  const summary = summariseWardCodes(codes);
  console.log(
    `Wrote ${values.out}: ${summary.live} current ward codes, ${summary.retiredToWard} retired codes that lead to a current ward of the same name, ${summary.retiredToBorough} that lead to their borough.`,
  );
}

void runCommand("redirects:wards", main, [ImportError]);
