import { describe, expect, it } from "vitest";
import { wardSearchRecord } from "../../../src/wards/search-record.ts";
import { camdenTown, hostile, kentishTown } from "../layouts/ward-fixtures.ts";

const record = wardSearchRecord(camdenTown);

describe("wardSearchRecord", () => {
  it("links to the ward page, is titled like its h1, and has the ward's name and borough, and the borough filter", () => {
    expect(record.url).toBe("/areas/camden/camden-town/");
    expect(record.meta).toEqual({ title: "Camden Town Safer Neighbourhoods team", name: "Camden Town", borough: "Camden" });
    expect(record.filters).toEqual({ borough: ["Camden"] });
  });

  it("holds the upcoming events it is given, by type, title, date and place", () => {
    const upcoming = camdenTown.events.filter((event) => event.start_date.startsWith("2027"));
    const withEvents = wardSearchRecord(camdenTown, upcoming);
    expect(withEvents.content).toContain(
      `Street briefing: Street briefing ${hostile}. Tuesday 2 March 2027, 6:30pm, at Outside Camden Town station.`,
    );
    expect(withEvents.content).not.toContain("Old ward panel meeting");
    // Built again for new events, reused for the same ones.
    expect(withEvents).not.toBe(record);
    expect(wardSearchRecord(camdenTown, upcoming)).toBe(withEvents);
  });

  it("holds the ward, its description as text, the people, the bases with postcodes and the priorities", () => {
    for (const words of [
      "Camden Town, ward in Camden.",
      "Camden Town is a busy ward with markets, music venues and the canal.",
      "PC Jane Smith, Dedicated ward officer. Jane has worked in Camden Town for six years.",
      "PCSO Amir Khan, Dedicated police community support officer (PCSO).",
      "Sgt Sam Okoro, Sergeant.",
      "Camden Town Police Office, Partnership office: Camden Town Hall, Judd Street, London, WC1H 9JE.",
      "Kentish Town Police Station, Police station: 12a Holmes Road, NW5 3AE.",
      "Local priority: Drug dealing near the canal. Weekly patrols with the canal trust.",
    ]) {
      expect(record.content).toContain(words);
    }
    expect(record.content).not.toContain("**");
  });

  it("puts the ward's own officers first, as the page does", () => {
    expect(record.content.indexOf("Jane Smith")).toBeLessThan(record.content.indexOf("Sam Okoro"));
    expect(record.content.indexOf("Amir Khan")).toBeLessThan(record.content.indexOf("Priya Patel"));
  });

  it("leaves out past events, contact details, other wards' names and words every ward shares", () => {
    for (const words of ["Street briefing", "Old ward panel meeting", "camdentown.snt", "020 7946", "Kentish Town South", "Abbey Road", "999", "Sample content"]) {
      expect(record.content).not.toContain(words);
    }
  });

  it("keeps markup in data as the text it is: the search page shows it as text", () => {
    expect(record.content).toContain(`Mallory ${hostile}`);
    expect(record.content).toContain(`Local priority: Theft ${hostile}.`);
  });

  it("is built once per ward object, and frozen, since wards are shared between rebuilds", () => {
    const again = wardSearchRecord(camdenTown);
    expect(wardSearchRecord(camdenTown)).toBe(again);
    expect(again).toEqual(record);
    expect(Object.isFrozen(record)).toBe(true);
    expect(wardSearchRecord(kentishTown).content).toBe(
      "Kentish Town South, ward in Camden. The team for Kentish Town South. PCSO Ola Nowak, Supporting police community support officer (PCSO).",
    );
  });
});
