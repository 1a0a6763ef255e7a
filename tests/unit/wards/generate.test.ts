import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateWardFiles, generateWards, syntheticWardList } from "../../../src/wards/generate.ts";
import { readWardList, type WardListEntry } from "../../../src/wards/ward-list.ts";
import { loadWards } from "../../../src/wards/load.ts";
import { BOROUGH_CODE, WARD_CODE } from "../../../src/wards/codes.ts";
import { validateWard } from "../../../src/wards/schema.ts";
import { tempProjects } from "./helpers.ts";

const NOW = new Date("2026-11-26T12:00:00Z");

const project = tempProjects();

function filesIn(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(dir, file), readFileSync(file, "utf8")];
      }),
  );
}

describe("syntheticWardList", () => {
  it("makes unique, valid codes spread over 33 boroughs", () => {
    const list = syntheticWardList(1000);
    expect(list).toHaveLength(1000);
    expect(new Set(list.map((ward) => ward.code)).size).toBe(1000);
    expect(list.every((ward) => WARD_CODE.test(ward.code) && BOROUGH_CODE.test(ward.boroughCode))).toBe(true);
    expect(new Set(list.map((ward) => ward.boroughCode)).size).toBe(33);
    expect(list[0]).toMatchObject({ code: "E05900001", name: "Synthetic Ward 00001", boroughName: "Synthetic Borough 01" });
    expect(list.every((ward) => ward.centre && ward.centre.latitude > 51.2 && ward.centre.longitude < 0.4)).toBe(true);
  });

  it("is the same every time and refuses silly counts", () => {
    expect(syntheticWardList(50)).toEqual(syntheticWardList(50));
    expect(() => syntheticWardList(0)).toThrow(RangeError);
    expect(() => syntheticWardList(1.5)).toThrow(RangeError);
  });
});

describe("generateWards", () => {
  const list = syntheticWardList(200);

  it("gives the same wards for the same list and time", () => {
    expect(generateWards(list, { now: NOW })).toEqual(generateWards([...list].reverse(), { now: NOW }));
  });

  it("makes wards that pass the schema, marked as samples, with full teams", () => {
    for (const ward of generateWards(list, { now: NOW })) {
      const result = validateWard(ward);
      expect(result.ok, JSON.stringify(!result.ok && result.issues)).toBe(true);
      if (!result.ok) continue;
      expect(result.ward.sample).toBe(true);
      const roles = result.ward.team.map((member) => member.role);
      expect(roles).toEqual(expect.arrayContaining(["dedicated-officer", "dedicated-pcso", "sergeant"]));
      expect(result.ward.contact_details.email).toMatch(/^[a-z0-9-]+\.snt@police\.example$/);
      expect(result.ward.contact_details.telephone).toMatch(/^020 7946 0\d{3}$/);
      expect(result.ward.priorities.length).toBeGreaterThanOrEqual(1);
      expect(result.ward.priorities.length).toBeLessThanOrEqual(3);
      expect(result.ward.events.length).toBeLessThanOrEqual(2);
      expect(result.ward.locations).toHaveLength(1);
    }
  });

  it("puts events after now and priorities and reviews before it", () => {
    const wards = generateWards(list, { now: NOW });
    const events = wards.flatMap((ward) => ward.events);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((event) => event.start_date > "2026-11-26T23:59")).toBe(true);
    expect(wards.every((ward) => (ward.last_reviewed ?? "") <= "2026-11-26")).toBe(true);
    expect(wards.flatMap((ward) => ward.priorities).every((priority) => priority.date_set <= "2026-11-26")).toBe(true);
  });

  it("has supporting officers cover neighbours in the same borough", () => {
    const wards = generateWards(list, { now: NOW });
    const borough = new Map(wards.map((ward) => [ward.id, ward.borough.code]));
    const covers = wards.flatMap((ward) => ward.team.flatMap((member) => (member.also_covers ?? []).map((code) => [ward.id, code] as const)));
    expect(covers.length).toBeGreaterThan(0);
    expect(covers.every(([from, to]) => borough.get(from) === borough.get(to))).toBe(true);
  });

  it("picks the nearest wards as neighbours, or alphabetical ones without centres", () => {
    const borough = { boroughCode: "E09000007", boroughName: "Camden" };
    const line: WardListEntry[] = [0, 1, 2, 3, 4].map((i) => ({
      code: `E0501000${i}`,
      name: `Ward ${"EDCBA"[i]}`,
      ...borough,
      centre: { latitude: 51.5 + i * 0.01, longitude: -0.1 },
    }));
    const nearest = generateWards(line, { now: NOW });
    expect(nearest[0]?.neighbours).toEqual(["E05010001", "E05010002", "E05010003"]);
    expect(nearest[2]?.neighbours.slice(0, 2).sort()).toEqual(["E05010001", "E05010003"]);

    const alphabetical = generateWards(line.map(({ centre: _, ...ward }) => ward), { now: NOW });
    // Names run E, D, C, B, A: "Ward C" sits between B and D.
    expect(alphabetical[2]?.neighbours).toEqual(["E05010003", "E05010001"]);
    expect(alphabetical[4]?.neighbours).toEqual(["E05010003"]);
  });
});

describe("generateWardFiles", () => {
  it("writes byte-identical files on every run", () => {
    const list = syntheticWardList(60);
    const a = project();
    const b = project();
    generateWardFiles(list, path.join(a, "content"), { now: NOW });
    generateWardFiles([...list].reverse(), path.join(b, "content"), { now: NOW });
    const first = filesIn(a);
    expect(first.size).toBe(60);
    expect(filesIn(b)).toEqual(first);
    expect([...first.values()][0]).toMatch(/^# Synthetic sample content made by `npm run generate:wards`\.\n# .*not real officers\.\n/);
  });

  it("writes wards that load with no problems and no warnings", () => {
    const root = project();
    const result = generateWardFiles(syntheticWardList(300), path.join(root, "content"), { now: NOW });
    expect(result.written).toHaveLength(300);
    const loaded = loadWards(path.join(root, "content"), { root });
    expect(loaded.problems).toEqual([]);
    expect(loaded.warnings).toEqual([]);
    expect(loaded.wards).toHaveLength(300);
  });

  it("keeps existing files unless told to overwrite them", () => {
    const root = project();
    const content = path.join(root, "content");
    const list = syntheticWardList(3);
    const [file] = generateWardFiles(list, content, { now: NOW }).written;
    writeFileSync(file ?? "", "# mine\n");
    const kept = generateWardFiles(list, content, { now: NOW });
    expect(kept).toEqual({ written: [], skipped: expect.arrayContaining([file]) });
    expect(readFileSync(file ?? "", "utf8")).toBe("# mine\n");
    expect(generateWardFiles(list, content, { now: NOW, overwrite: true }).written).toHaveLength(3);
    expect(readFileSync(file ?? "", "utf8")).toMatch(/^# Synthetic sample content/);
  });

  it("fills skeletons made from a real ward list", () => {
    const root = project();
    const content = path.join(root, "content");
    const list = readWardList("tests/fixtures/wards/csv/ons-wd24.csv");
    generateWardFiles(list, content, { now: NOW });
    const loaded = loadWards(content, { root });
    expect(loaded.problems).toEqual([]);
    expect(loaded.warnings).toEqual([]);
    expect(loaded.wards.map((ward) => ward.name)).toEqual(["Camden Town", "Regent's Park", "St James's"]);
  });
});

describe("npm run generate:wards", () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/generate-wards.ts", ...args], { encoding: "utf8" });

  it("writes synthetic wards, then skips them unless --overwrite", () => {
    const content = path.join(project(), "content");
    const args = ["--count", "5", "--content", content, "--now", "2026-11-26T12:00:00Z"];
    expect(run(...args)).toMatchObject({ status: 0, stdout: "Wrote 5 ward files.\n" });
    expect(run(...args).stdout).toBe("Wrote 0 ward files, skipped 5 that already exist (use --overwrite to replace them).\n");
    expect(run(...args, "--overwrite").stdout).toBe("Wrote 5 ward files.\n");
  });

  it("needs --content, so generated teams never land on real content by accident", () => {
    const result = run("--count", "5");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^generate:wards: usage:/);
  });
});
