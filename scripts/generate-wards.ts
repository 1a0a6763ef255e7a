/**
 * npm run generate:wards -- <ward-list.csv | --count N> --content <dir> [--overwrite] [--now 2026-01-01T12:00:00Z]
 *
 * Development only: writes made-up teams (marked `sample: true`) for a real
 * ward list or for N synthetic wards, to try templates and build times at scale.
 * The same list and --now always give the same files.
 */
import { generateWardFiles, syntheticWardList } from "../src/wards/generate.ts";
import { readWardList } from "../src/wards/ward-list.ts";
import { ImportError } from "../src/import/source.ts";
import { commandLine, runCommand } from "../src/cli/command.ts";

const USAGE =
  "usage: npm run generate:wards -- <ward-list.csv | --count N> --content <dir> [--overwrite] [--now <ISO date-time>]";

function main(): void {
  const args = commandLine(USAGE, {
    count: { type: "string" },
    content: { type: "string" },
    overwrite: { type: "boolean", default: false },
    now: { type: "string" },
  });
  if (!args) return;
  const { positionals, values } = args;
  const [csv, ...extra] = positionals;
  // No default directory: generated teams must never land on real content by accident.
  if (values.content === undefined || extra.length > 0 || (csv === undefined) === (values.count === undefined)) {
    throw new ImportError(USAGE);
  }
  const count = Number(values.count);
  if (csv === undefined && !(Number.isInteger(count) && count >= 1 && count <= 99_999)) {
    throw new ImportError(`--count: expected a whole number from 1 to 99999, got "${values.count}"`);
  }
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) throw new ImportError(`--now: expected an ISO date-time, got "${values.now}"`);

  const list = csv === undefined ? syntheticWardList(count) : readWardList(csv);
  const result = generateWardFiles(list, values.content, { now, overwrite: values.overwrite });
  const n = result.written.length;
  const skipped = result.skipped.length;
  console.log(
    `Wrote ${n} ward file${n === 1 ? "" : "s"}` +
      (skipped > 0 ? `, skipped ${skipped} that already exist (use --overwrite to replace them).` : "."),
  );
}

void runCommand("generate:wards", main, [ImportError]);
