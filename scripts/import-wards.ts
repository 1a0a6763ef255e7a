/**
 * npm run import:wards -- <ward-list.csv> [--content content]
 *
 * Creates a skeleton file for every London ward in an ONS ward list that has
 * no file yet. Existing files are never overwritten, except that
 * --refresh-skeletons writes again, in the current format, skeletons no one has
 * edited. The City of London's wards are left out, and the summary says so: the
 * City has its own police force.
 */
import { formatImportSummary, importWards } from "../src/wards/import.ts";
import { readWardListWithCity } from "../src/wards/ward-list.ts";
import { ImportError } from "../src/import/source.ts";
import { commandLine, runCommand } from "../src/cli/command.ts";

const USAGE = "usage: npm run import:wards -- <ward-list.csv> [--content content] [--refresh-skeletons]";

function main(): void {
  const args = commandLine(USAGE, {
    content: { type: "string", default: "content" },
    "refresh-skeletons": { type: "boolean", default: false },
  });
  if (!args) return;
  const { positionals, values } = args;
  const [csv, ...extra] = positionals;
  if (csv === undefined || extra.length > 0) throw new ImportError(USAGE);
  const list = readWardListWithCity(csv);
  const result = importWards(list.wards, values.content, { refreshSkeletons: values["refresh-skeletons"] });
  console.log(formatImportSummary(result, list.cityWardsLeftOut));
}

void runCommand("import:wards", main, [ImportError]);
