/**
 * npm run import:crime -- <edition.csv> [--content content]
 *
 * Adds one edition of the Met's ward-level recorded crime table to the
 * history in <content>/crime/. Editions can come in any order; for months in
 * more than one, the newest edition's figures are kept.
 */
import { parseArgs } from "node:util";
import { CrimeImportError } from "../src/crime/edition.ts";
import { formatCrimeImportSummary, importCrimeFile } from "../src/crime/import.ts";
import { ContentValidationError } from "../src/content/problems.ts";

const USAGE = "usage: npm run import:crime -- <edition.csv> [--content content]";

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
  if (csv === undefined || extra.length > 0) throw new CrimeImportError([{ file: "import:crime", field: "", message: USAGE }]);
  console.log(formatCrimeImportSummary(importCrimeFile(csv, values.content)));
}

try {
  main();
} catch (error) {
  // The author's mistake (a wrong file, a ward without a file) gets one line per problem, not a stack trace.
  if (error instanceof CrimeImportError || error instanceof ContentValidationError || (error as { code?: unknown }).code?.toString().startsWith("ERR_PARSE_ARGS")) {
    console.error(`import:crime: ${(error as Error).message}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
