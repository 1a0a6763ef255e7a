/**
 * npm run check [-- --content <dir>]
 *
 * Every problem in every content file at once, without building the site:
 * ward files, FAQ questions, markdown pages, and links between them. Exits
 * with 1 when there is any problem; warnings are printed but do not fail.
 * `npm run build` runs it first.
 */
import { parseArgs } from "node:util";
import { checkContent } from "../src/check/check.ts";
import { buildTime } from "../src/config/site.ts";
import { formatCheck } from "../src/check/format.ts";
import { createWardLoader } from "../src/wards/load.ts";

const { values } = parseArgs({
  options: {
    content: { type: "string", default: process.env["SN_CONTENT_DIR"] ?? "content" },
    "max-warnings": { type: "string", default: "20" },
  },
});
const contentDir = values.content;
const started = performance.now();
const result = checkContent(contentDir, { wardLoader: createWardLoader(contentDir), now: buildTime() });
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const report = formatCheck(result.problems, result.warnings, { maxWarnings: Number(values["max-warnings"]) });
if (report) console.log(report);
const drafts = result.drafts.length > 0 ? ` ${result.drafts.length} draft${result.drafts.length === 1 ? "" : "s"} (not published): ${result.drafts.join(", ")}.` : "";
if (result.problems.length === 0) {
  console.log(`Checked ${result.files} content files in ${seconds}s: no problems.${drafts}`);
} else {
  console.log(`Checked ${result.files} content files in ${seconds}s.${drafts}`);
  process.exitCode = 1;
}
