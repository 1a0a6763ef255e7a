import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { WardPage } from "../../../layouts/ward.tsx";
import { renderToHtml } from "../../../src/jsx/render.ts";
import { formatReport } from "../../../src/sync/report.ts";
import { runSync, type SyncOptions, type SyncReport } from "../../../src/sync/run.ts";
import { buildDirectory } from "../../../src/wards/directory.ts";
import { loadWards } from "../../../src/wards/load.ts";
import { validateWard, type Ward } from "../../../src/wards/schema.ts";
import { startFakePoliceApi, type FakePoliceApi } from "../../../harness/fake-police-api.ts";
import { makeSyncContent, type SyncContent } from "../../../harness/sync-content.ts";

const NOW = new Date("2026-11-01T12:00:00Z");
const M = "/metropolitan";

/** Every file under a folder (snapshots included), by path, as bytes. */
function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.set(p, readFileSync(p));
    }
  };
  walk(dir);
  return files;
}

function readWard(file: string): Ward {
  const result = validateWard(parseDocument(readFileSync(file, "utf8")).toJS());
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.issues)}`);
  return result.ward;
}

describe("sync:police against a fake data.police.uk", () => {
  let api: FakePoliceApi;
  let content: SyncContent;
  let before: Map<string, Buffer>;
  let first: SyncReport;
  const sync = (extra: Partial<SyncOptions> = {}) =>
    runSync({
      contentDir: content.contentDir,
      baseUrl: api.baseUrl,
      now: NOW,
      today: "2026-11-01",
      client: { timeoutMs: 250, retries: 2, minRetryDelayMs: 10, maxRetryDelayMs: 40 },
      ...extra,
    });
  const outcome = (report: SyncReport, id: string) => report.outcomes.find((o) => o.id === id);

  beforeAll(async () => {
    api = await startFakePoliceApi();
    content = makeSyncContent();
    // One of each failure the API can throw at a client.
    api.script(`${M}/E05013808`, { status: 429, headers: { "retry-after": "1" }, body: { error: "slow down" } });
    api.script(`${M}/E05009335/people`, { status: 500, body: "oops" });
    api.script(`${M}/E05009317/events`, { hang: true, times: Infinity });
    api.script(`${M}/E05009331/priorities`, { raw: '[{"issue": "<p>Burgl', times: Infinity });
    api.script(`${M}/E05009333/people`, { body: { people: [] }, times: Infinity });
    before = readTree(content.contentDir);
    first = await sync();
  });
  afterAll(async () => {
    await api.close();
    content.cleanup();
  });

  it("fills the wards on a first sync", () => {
    const camden = readWard(content.file("camden", "camden-town"));
    expect(camden.description).toBe("Camden Town is home to the markets, the lock and a busy night-time economy.");
    expect(camden.team.map((m) => [m.name, m.role, m.rank])).toEqual([
      ["Dan Hughes", "dedicated-officer", "Police Constable"],
      ["Maria Silva", "dedicated-pcso", "Police Community Support Officer"],
      ["Tom Price", "sergeant", "Sergeant"],
      ["Chris Lee", "special-constable", "Special Constable"],
    ]);
    expect(camden.locations.map((l) => [l.name, l.type, l.postcode])).toEqual([
      ["Kentish Town Police Station", "police-station", "NW5 3AE"],
      ["Camden Market kiosk", "kiosk", "NW1 8AF"],
    ]);
    expect(camden.contact_details.email).toBe("camdentown.snt@met.police.uk");
    expect(camden.priorities.map((p) => [p.issue, p.status])).toEqual([
      ["Drug dealing around the lock", "in-progress"],
      ["Moped-enabled phone snatches", "open"],
    ]);
    // The past street briefing is left out.
    expect(camden.events.map((e) => [e.title, e.type, e.start_date])).toEqual([["Ward panel meeting", "ward-panel-meeting", "2030-02-04T18:30"]]);
    expect(readWard(content.file("camden", "kentish-town-south")).team).toEqual([]);
    expect(readWard(content.file("camden", "kentish-town-south")).events[0]?.end_date).toBe("2030-03-01T11:00");
    expect(readWard(content.file("camden", "regents-park")).events).toEqual([]);
    expect(readWard(content.file("camden", "regents-park")).team[0]?.role).toBe("dedicated-pcso");
    expect(readWard(content.file("westminster", "marylebone")).events).toEqual([]);
    expect(outcome(first, "E05013655")?.status).toBe("updated");
  });

  it("keeps a skeleton's comments, dropping only the examples of the lists it filled", () => {
    const camden = readFileSync(content.file("camden", "camden-town"), "utf8");
    expect(camden.startsWith("# yaml-language-server: $schema=../../../schemas/ward.schema.json\n# Created by `npm run import:wards`")).toBe(true);
    expect(camden).not.toContain("# team:\n#   - name: Jane Smith");
    expect(camden).not.toContain("#   email: team.snt@met.police.uk");
    expect(camden).toContain("neighbours: []\n# neighbours:\n#   - E05000000");
    const regents = readFileSync(content.file("camden", "regents-park"), "utf8");
    expect(regents).not.toContain("# team:");
    expect(regents).toContain("events: []\n# events:\n#   - title: Regent's Park ward panel meeting");
  });

  it("replaces sample content on its first sync, and matches an N-suffixed id to its ward", () => {
    const stJames = readWard(content.file("westminster", "st-jamess"));
    expect(stJames.sample).toBe(false);
    expect(stJames.team.map((m) => m.name)).toEqual(["Joanne Reid", "Sam Okafor", "Alex Turner", "Priya Nair"]);
    expect(stJames.neighbours).toEqual(["E05013808"]); // not the API's: untouched
    expect(readFileSync(content.file("westminster", "st-jamess"), "utf8")).not.toMatch(/made up/);
    expect(outcome(first, "E05013806N")?.file).toMatch(/westminster\/st-jamess\.yaml$/);
  });

  it("flags roles it cannot tell, in the report and beside the person in the file", () => {
    const flags = outcome(first, "E05013806N")?.roleFlags.map((f) => [f.name, f.role]);
    expect(flags).toEqual([
      ["Alex Turner", "supporting-pcso"],
      ["Priya Nair", "supporting-officer"],
    ]);
    const text = readFileSync(content.file("westminster", "st-jamess"), "utf8");
    expect(text).toMatch(/# sync: check this role: .*\n {2}- name: Alex Turner/);
    expect(formatReport(first)).toContain("Roles to check");
  });

  it("retries a 429 after its Retry-After, and a 500, and the wards go through", () => {
    expect(outcome(first, "E05013808")?.status).toBe("updated");
    expect(outcome(first, "E05009335")?.status).toBe("updated");
    const westEnd = api.log.filter((r) => r.path === `${M}/E05013808`);
    expect(westEnd).toHaveLength(2);
    expect((westEnd[1]?.at ?? 0) - (westEnd[0]?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it("fails a ward that hangs, sends broken JSON or the wrong shape, with the reason, writing nothing for it", () => {
    const failed = Object.fromEntries(first.outcomes.filter((o) => o.status === "failed").map((o) => [o.id, o.reason]));
    expect(Object.keys(failed).sort()).toEqual(["E05009317", "E05009331", "E05009333"]);
    expect(failed["E05009317"]).toMatch(/^GET \/metropolitan\/E05009317\/events: no answer within 0\.25 s \(after 3 tries\)/);
    expect(failed["E05009331"]).toMatch(/^GET \/metropolitan\/E05009331\/priorities: the answer is not valid JSON/);
    expect(failed["E05009333"]).toMatch(/^GET \/metropolitan\/E05009333\/people: unexpected answer: the response: .*expected array/);
    for (const slug of ["bethnal-green-east", "bethnal-green-west", "spitalfields-and-banglatown"]) {
      const file = content.file("tower-hamlets", slug);
      expect(readFileSync(file)).toEqual(before.get(file));
    }
    const summary = formatReport(first);
    expect(summary).toMatch(/failed 3\./);
    expect(summary).toMatch(/E05009331 Bethnal Green West \(.*bethnal-green-west\.yaml\): GET/);
  });

  it("reports ids that match no ward, and wards the API does not list, by name", () => {
    expect(first.unmatched.map((n) => [n.id, n.name])).toEqual([
      ["E05013807", "Vincent Square"],
      ["00BKX6", "Old-style neighbourhood"],
    ]);
    expect(first.unlisted.map((w) => w.name)).toEqual(["St Pancras & Somers Town"]);
  });

  it("changes nothing, byte for byte, when run again", async () => {
    const afterFirst = readTree(content.contentDir);
    expect([...afterFirst.keys()].some((f) => f.includes(`${path.sep}.sync${path.sep}E05013806.json`))).toBe(true);
    const second = await sync();
    expect(second.outcomes.filter((o) => o.status === "updated")).toEqual([]);
    expect(readTree(content.contentDir)).toEqual(afterFirst);
  });

  it("keeps an author's edit and reports the conflict, updates what they did not touch, and keeps their comments and entries", async () => {
    const file = content.file("camden", "camden-town");
    const text = readFileSync(file, "utf8")
      .replace("bio: Dan is the dedicated ward officer for Camden Town.", "bio: Dan grew up in Camden and has been its ward officer since 2021.")
      .replace("priorities:\n", "# Priorities are agreed at the ward panel each quarter.\npriorities:\n")
      .replace(
        "events:\n",
        "events:\n  - title: Bike marking # the author's own event\n    type: community-event\n    start_date: 2030-05-01T10:00\n    end_date: 2030-05-01T12:00\n    address: Camden Lock, London NW1 8AF\n",
      );
    writeFileSync(file, text);
    const people = structuredClone(api.get(`${M}/E05013655/people`)) as { bio: string | null }[];
    (people[0] as { bio: string }).bio = "<p>Dan is Camden Town's ward officer.</p>";
    (people[1] as { bio: string }).bio = "<p>Maria has worked in Camden Town for seven years.</p>";
    api.set(`${M}/E05013655/people`, people);
    const priorities = structuredClone(api.get(`${M}/E05013655/priorities`)) as unknown[];
    api.set(`${M}/E05013655/priorities`, [priorities[0], { issue: "<p>Cycle theft</p>", action: null, "issue-date": "2026-10-30T00:00:00", "action-date": null }]);

    const third = await sync({ ward: "E05013655" });
    const result = outcome(third, "E05013655");
    expect(result?.status).toBe("updated");
    expect(result?.conflicts).toEqual([
      { field: 'team "Dan Hughes" bio', yours: "Dan grew up in Camden and has been its ward officer since 2021.", theirs: "Dan is Camden Town's ward officer." },
    ]);
    const ward = readWard(file);
    expect(ward.team[0]?.bio).toBe("Dan grew up in Camden and has been its ward officer since 2021.");
    expect(ward.team[1]?.bio).toBe("Maria has worked in Camden Town for seven years.");
    expect(ward.priorities.map((p) => p.issue)).toEqual(["Drug dealing around the lock", "Cycle theft"]);
    expect(ward.events.map((e) => e.title)).toEqual(["Bike marking", "Ward panel meeting"]);
    const after = readFileSync(file, "utf8");
    expect(after).toContain("# Priorities are agreed at the ward panel each quarter.\npriorities:\n");
    expect(after).toContain("- title: Bike marking # the author's own event\n");
    const summary = formatReport(third);
    expect(summary).toContain("Conflicts: you changed these fields and data.police.uk changed them too. Your version was kept.");
    expect(summary).toContain('team "Dan Hughes" bio');
    expect(third.outcomes).toHaveLength(1);
    expect(third.unlisted).toEqual([]);

    // Reported once: the next run, with the API unchanged, keeps the edit quietly.
    expect(outcome(await sync({ ward: "E05013655" }), "E05013655")?.conflicts).toEqual([]);
  });

  it("lets nothing unsafe from the API reach the ward page", () => {
    // Every ward in the folder, as a build has them, so the page's links to other wards resolve.
    const wards = loadWards(content.contentDir).wards;
    const stJames = wards.find((ward) => ward.slug === "st-jamess") as Ward;
    const html = renderToHtml(WardPage({ ward: stJames, directory: buildDirectory(wards, NOW), stylesheetHref: "/assets/main.css" }));
    expect(html).toContain("I am the dedicated ward officer for St James's. Click me Met Police (https://www.met.police.uk/)");
    expect(html).toContain("Plain-clothes patrols at busy times.");
    expect(html).toContain('<a href="https://www.met.police.uk/a/your-area/met/westminster/st-jamess/">our page</a>');
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/i);
    expect(html).not.toMatch(/onerror|onclick|javascript:|alert\(/i);
    expect(html).not.toMatch(/<img|<style/i);
  });

  it("prints a diff and writes nothing on a dry run", async () => {
    const hood = structuredClone(api.get(`${M}/E05013668`)) as { contact_details: Record<string, string> };
    hood.contact_details["email"] = "regents.park@met.police.uk";
    api.set(`${M}/E05013668`, hood);
    const beforeDry = readTree(content.contentDir);
    const dry = await sync({ dryRun: true, ward: "E05013668N" });
    expect(readTree(content.contentDir)).toEqual(beforeDry);
    expect(outcome(dry, "E05013668")?.diff).toMatch(/-  email: regentspark\.snt@met\.police\.uk\n\+  email: regents\.park@met\.police\.uk/);
    expect(formatReport(dry)).toMatch(/dry run: nothing was written/);
  });

  it("creates a file for a listed ward only with --create", async () => {
    const created = await sync({ create: true, ward: "E05013807" });
    expect(outcome(created, "E05013807")?.status).toBe("created");
    const ward = readWard(content.file("westminster", "vincent-square"));
    expect([ward.id, ward.name, ward.borough.name, ward.team[0]?.name]).toEqual(["E05013807", "Vincent Square", "Westminster", "Sunita Rao"]);
  });
});
