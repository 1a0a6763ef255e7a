/**
 * npm run import:wards -- <ward-list.csv> [--content content]
 *
 * Creates a skeleton file for every London ward in an ONS ward list that has
 * no file yet. Existing files are never overwritten, except that
 * --refresh-skeletons writes again, in the current format, skeletons no one has
 * edited. The City of London's wards are left out, and the summary says so: the
 * City has its own police force.
 */
import { parseArgs } from "node:util";
import { formatImportSummary, importWards, readWardListWithCity, WardImportError } from "../src/wards/import.ts";

const USAGE = "usage: npm run import:wards -- <ward-list.csv> [--content content] [--refresh-skeletons]";

function main(): void {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      content: { type: "string", default: "content" },
      "refresh-skeletons": { type: "boolean", default: false },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const [csv, ...extra] = positionals;
  if (csv === undefined || extra.length > 0) throw new WardImportError(USAGE);
  const list = readWardListWithCity(csv);
  const result = importWards(list.wards, values.content, { refreshSkeletons: values["refresh-skeletons"] });
  console.log(formatImportSummary(result, list.cityWardsLeftOut));
}

try {
  main();
} catch (error) {
  // The author's mistake (a bad CSV, a wrong option) gets one line, not a stack trace.
  if (error instanceof WardImportError || (error as { code?: unknown }).code?.toString().startsWith("ERR_PARSE_ARGS")) {
    console.error(`import:wards: ${(error as Error).message}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
