import { describe, expect, it } from "vitest";
import { BASE_TYPES, EVENT_TYPES, PRIORITY_STATUSES, TEAM_ROLES } from "../../../src/wards/schema.ts";
import {
  BASE_TYPE_LABELS,
  compareWards,
  compareWardsByName,
  EVENT_TYPE_LABELS,
  PRIORITY_STATUS_LABELS,
  ROLE_LABELS,
  wardPageTitle,
} from "../../../src/wards/labels.ts";
import { testWard } from "../../support/wards.ts";

const names = (wards: readonly { name: string }[]) => wards.map((ward) => ward.name);

describe("ward order", () => {
  const ward10 = testWard("E05000010", "Ward 10");
  const ward2 = testWard("E05000002", "Ward 2");
  const abbeyCamden = testWard("E05000003", "Abbey");
  const abbeyWestminster = testWard("E05000004", "abbey", "westminster");
  const eastWestminster = testWard("E05000005", "Église", "westminster");

  it("lists wards by borough, then by name as people read numbers and accents", () => {
    const sorted = [eastWestminster, ward10, abbeyWestminster, ward2, abbeyCamden].sort(compareWards);
    expect(names(sorted)).toEqual(["Abbey", "Ward 2", "Ward 10", "abbey", "Église"]);
  });

  it("settles a tie by the ward code, so the order never depends on the input's", () => {
    const twin = testWard("E05000001", "Abbey");
    expect([abbeyCamden, twin].sort(compareWards)).toEqual([twin, abbeyCamden]);
    expect([twin, abbeyCamden].sort(compareWards)).toEqual([twin, abbeyCamden]);
  });

  it("lists the A to Z by name first, then borough", () => {
    const sorted = [eastWestminster, ward10, abbeyWestminster, ward2, abbeyCamden].sort(compareWardsByName);
    expect(sorted.map((ward) => `${ward.name} (${ward.borough.name})`)).toEqual([
      "Abbey (Camden)",
      "abbey (Westminster)",
      "Église (Westminster)",
      "Ward 2 (Camden)",
      "Ward 10 (Camden)",
    ]);
  });
});

describe("labels", () => {
  it("names every value the schema allows", () => {
    expect(Object.keys(ROLE_LABELS).sort()).toEqual([...TEAM_ROLES].sort());
    expect(Object.keys(EVENT_TYPE_LABELS).sort()).toEqual([...EVENT_TYPES].sort());
    expect(Object.keys(BASE_TYPE_LABELS).sort()).toEqual([...BASE_TYPES].sort());
    expect(Object.keys(PRIORITY_STATUS_LABELS).sort()).toEqual([...PRIORITY_STATUSES].sort());
    expect(new Set(Object.values(ROLE_LABELS)).size).toBe(TEAM_ROLES.length);
  });

  it("titles a ward page after the ward's team", () => {
    expect(wardPageTitle({ name: "Camden Town" })).toBe("Camden Town Safer Neighbourhoods team");
  });
});
