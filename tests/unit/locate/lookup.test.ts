import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { buildLocateData } from "../../../src/locate/data.ts";
import { locate, type LocateSource } from "../../../src/locate/lookup.ts";
import { importBoundaries } from "../../../src/maps/import.ts";
import { boroughsGeoJson, WARD_A, WARD_B, WARD_C, WARD_D, wardsGeoJson } from "../maps/fixtures.ts";

/*
 * The fixture's squares are 0.01° wide from -0.15 (about 690 m east to west
 * at London's latitude, 1.1 km north to south), along latitude 51.5 down.
 */
const boundaries = importBoundaries(wardsGeoJson(), "w", boroughsGeoJson(), "b").topology;
const data = buildLocateData(boundaries, (code) => (code === WARD_C ? undefined : `/areas/camden/${code}/`));

/** Through JSON, as the browser gets it, counting what is loaded. */
function source(): LocateSource & { loaded: string[] } {
  const loaded: string[] = [];
  const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  return {
    loaded,
    index: async () => json(data.index),
    borough: async (code) => {
      loaded.push(code);
      return json(data.boroughs.get(code) as Topology);
    },
  };
}

const inA = { longitude: -0.145, latitude: 51.495 };

describe("locate", () => {
  it("finds the ward a precise position is in, loading only the borough around it", async () => {
    const s = source();
    expect(await locate({ ...inA, accuracy: 20 }, s)).toEqual({
      kind: "ward",
      ward: { code: WARD_A, name: "Alpha", borough: "E09000007", href: `areas/camden/${WARD_A}/` },
    });
    expect(s.loaded).toEqual(["E09000007"]);
  });

  it("says a City ward is the City's, with no page of ours", async () => {
    const result = await locate({ longitude: -0.135, latitude: 51.485, accuracy: 10 }, source());
    expect(result).toEqual({ kind: "ward", ward: { code: WARD_D, name: "Delta", borough: "E09000001", city: true } });
  });

  it("offers every ward the accuracy circle reaches when it crosses a boundary, the centre's first", async () => {
    // 100 m west of the A | B border, with a 200 m circle.
    const nearBorder = { longitude: -0.14 - 0.0014, latitude: 51.495, accuracy: 200 };
    const result = await locate(nearBorder, source());
    expect(result.kind).toBe("uncertain");
    if (result.kind !== "uncertain") return;
    expect(result.candidates.map((c) => c.code)).toEqual([WARD_A, WARD_B]);
    expect(result.centreFound).toBe(true);
    // The same point, precisely known, is in A.
    expect(await locate({ ...nearBorder, accuracy: 5 }, source())).toMatchObject({ kind: "ward", ward: { code: WARD_A } });
  });

  it("reads a very rough position as one of at most a kilometre", async () => {
    const result = await locate({ ...inA, accuracy: 50_000 }, source());
    expect(result.kind).toBe("uncertain");
    if (result.kind !== "uncertain") return;
    const codes = result.candidates.map((c) => c.code);
    expect(codes[0]).toBe(WARD_A);
    expect(codes).toContain(WARD_B);
    // C begins about 1,040 m east of the point: beyond a kilometre.
    expect(codes).not.toContain(WARD_C);
  });

  it("says a position outside London is outside, loading no borough", async () => {
    const s = source();
    expect(await locate({ longitude: -2.24, latitude: 53.48, accuracy: 30 }, s)).toEqual({ kind: "outside", inLondon: false });
    expect(s.loaded).toEqual([]);
  });

  it("tells a gap between wards inside London's bounds from outside London", async () => {
    // Below A, beside D: in no ward, but inside a borough's box once that box is drawn wider, as a river's bend would make it.
    const gap = { longitude: -0.145, latitude: 51.4851, accuracy: 0 };
    expect(await locate(gap, source())).toEqual({ kind: "outside", inLondon: false });
    const wider: LocateSource = {
      ...source(),
      index: async () => ({ boroughs: data.index.boroughs.map((b) => ({ ...b, bbox: [-0.16, 51.47, -0.11, 51.51] as const })) }),
    };
    expect(await locate(gap, wider)).toEqual({ kind: "outside", inLondon: true });
  });

  it("treats a point on a boundary as in one ward or the other, never none", async () => {
    const result = await locate({ longitude: -0.14, latitude: 51.495, accuracy: 0 }, source());
    expect(result.kind).toBe("ward");
    if (result.kind === "ward") expect([WARD_A, WARD_B]).toContain(result.ward.code);
  });
});
