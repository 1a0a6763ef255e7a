/**
 * npm run import:crime -- <edition.csv> [--content content]
 *
 * Adds one edition of the Met's ward-level recorded crime table to the
 * history in <content>/crime/. Editions can come in any order; for months in
 * more than one, the newest edition's figures are kept.
 */
import { CrimeImportError } from "../src/crime/edition.ts";
import { formatCrimeImportSummary, importCrimeFile } from "../src/crime/import.ts";
import { ContentValidationError } from "../src/content/problems.ts";
import { commandLine, runCommand } from "../src/cli/command.ts";

const USAGE = "usage: npm run import:crime -- <edition.csv> [--content content]";

function main(): void {
  const args = commandLine(USAGE, { content: { type: "string", default: "content" } });
  if (!args) return;
  const { positionals, values } = args;
  const [csv, ...extra] = positionals;
  if (csv === undefined || extra.length > 0) throw new CrimeImportError([{ file: "import:crime", field: "", message: USAGE }]);
  console.log(formatCrimeImportSummary(importCrimeFile(csv, values.content)));
}

void runCommand("import:crime", main, [CrimeImportError, ContentValidationError]);
