/**
 * node --import tsx bench/sync-police.ts
 *
 * A full-force sync against the fake data.police.uk of the tests: every
 * London ward in ../shared/data/wards/london_wards_2024.csv as a skeleton
 * file in a temporary folder, each served as a small team. Prints the time,
 * the request rate measured at the server, and the summary. Takes about
 * three minutes: the client keeps to the API's 15 requests a second.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { slugify } from "../src/markdown/markdown.ts";
import { formatReport } from "../src/sync/report.ts";
import { runSync } from "../src/sync/run.ts";
import { readWardList } from "../src/wards/ward-list.ts";
import { forceFixtures, startFakePoliceApi } from "../harness/fake-police-api.ts";
import { writeSkeletons } from "../harness/sync-content.ts";

const wards = readWardList("../shared/data/wards/london_wards_2024.csv");
const root = mkdtempSync(path.join(tmpdir(), "sn-sync-bench-"));
const contentDir = path.join(root, "content");
writeSkeletons(wards, contentDir);
const api = await startFakePoliceApi(
  // Met ids: some with the N suffix, as data.police.uk writes them.
  forceFixtures(wards.map((w, i) => ({ code: i % 5 === 0 ? `${w.code}N` : w.code, name: w.name, boroughSlug: slugify(w.boroughName) }))),
);
try {
  const report = await runSync({ contentDir, baseUrl: api.baseUrl });
  const times = api.log.map((r) => r.at);
  const span = ((times.at(-1) ?? 0) - (times[0] ?? 0)) / 1000;
  let worstSecond = 0;
  for (const start of times) worstSecond = Math.max(worstSecond, times.filter((t) => t >= start && t < start + 1000).length);
  const steady = times.filter((t) => t - (times[0] ?? 0) >= 10_000);
  const steadyRate = steady.length / (((steady.at(-1) ?? 0) - (steady[0] ?? 0)) / 1000);
  console.log(formatReport(report).split("\n").slice(0, 2).join("\n"));
  const conflicts = new Map<string, number>();
  for (const c of report.outcomes.flatMap((o) => o.conflicts)) conflicts.set(c.field, (conflicts.get(c.field) ?? 0) + 1);
  if (conflicts.size > 0) console.log("Conflicts by field:", Object.fromEntries(conflicts));
  console.log(
    `${wards.length} wards, ${api.log.length} requests at the server over ${span.toFixed(1)} s: ${(api.log.length / span).toFixed(2)} a second on average, ${steadyRate.toFixed(2)} a second after the first 10 s, at most ${worstSecond} in any one second.`,
  );
} finally {
  await api.close();
  rmSync(root, { recursive: true, force: true });
}
