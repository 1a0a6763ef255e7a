/**
 * npm run report [-- --content <dir>] [--out <file>]
 *
 * Writes a markdown report of the wards that need an author's attention, by
 * borough, and prints a short summary. The preview shows the same at /_authoring/.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { checkContent } from "../src/check/check.ts";
import { buildTime } from "../src/config/site.ts";
import { buildReport, reportMarkdown, reportSummary } from "../src/health/report.ts";
import { createWardLoader } from "../src/wards/load.ts";

const { values } = parseArgs({
  options: {
    content: { type: "string", default: process.env["SN_CONTENT_DIR"] ?? "content" },
    out: { type: "string", default: "reports/content-report.md" },
  },
});
const now = buildTime();
const result = checkContent(values.content, { wardLoader: createWardLoader(values.content), now });
const report = buildReport(result.wards, now, `${values.content.replace(/\/$/, "")}/wards`);
mkdirSync(path.dirname(values.out), { recursive: true });
writeFileSync(values.out, reportMarkdown(report));
console.log(reportSummary(report));
if (result.problems.length > 0) {
  console.log(`\n${result.problems.length} problem${result.problems.length === 1 ? "" : "s"} in content files are not in this report: run npm run check.`);
}
console.log(`\nThe full list, ward by ward: ${values.out}`);
