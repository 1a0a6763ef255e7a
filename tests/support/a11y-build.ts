import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { buildA11ySite } from "./a11y-site.ts";

/** `node --import tsx tests/support/a11y-build.ts --output <dir> --summary <file.json>`: see a11y-global-setup.ts. */
const { values } = parseArgs({ options: { output: { type: "string" }, summary: { type: "string" } } });
if (!values.output || !values.summary) throw new Error("usage: a11y-build.ts --output <dir> --summary <file.json>");
const site = await buildA11ySite(values.output);
writeFileSync(values.summary, JSON.stringify({ content: site.content, pages: site.pages.length, seconds: site.seconds }));
console.log(`Accessibility checks: built ${site.allPages} pages (${site.content}); the browser checks run over ${site.pages.length} of them in ${site.seconds.toFixed(1)} s`);
