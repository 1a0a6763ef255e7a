import type { Ward, WardInput } from "../../../src/wards/schema.ts";
import { BOROUGHS, testWard } from "../../support/wards.ts";

/** Test-only ward data, validated by the real schema so the fixtures cannot drift from it. */

export const hostile = `<script>alert("owned")</script>`;

export const { camden, westminster } = BOROUGHS;

/** Build time for every test: 1 November 2026, 12:00 UTC. */
export const NOW = new Date("2026-11-01T12:00:00Z");

type Overrides = Partial<WardInput> & Pick<WardInput, "id" | "name">;

/** The shared test ward (tests/support/wards.ts), with nobody in its team unless a fixture lists them. */
export function makeWard({ id, name, ...overrides }: Overrides): Ward {
  return testWard(id, name, "camden", { team: [], ...overrides });
}

export const camdenTown = makeWard({
  id: "E05013655",
  name: "Camden Town",
  slug: "camden-town",
  sample: true,
  description: "Camden Town is a **busy** ward with markets, music venues and the canal.",
  team: [
    // Listed out of order on purpose: the page puts the ward's own officers first.
    { name: "Sam Okoro", role: "sergeant", rank: "Sgt" },
    { name: "Lee Chan", role: "volunteer", rank: "Volunteer" },
    {
      name: "Priya Patel",
      role: "supporting-officer",
      rank: "PC",
      also_covers: ["E05013660", "E05013800"],
    },
    {
      name: `Mallory ${hostile}`,
      role: "supporting-pcso",
      rank: "PCSO",
      bio: `Likes ${hostile} in bios.`,
      also_covers: ["E05013800"],
    },
    {
      name: "Jane Smith",
      role: "dedicated-officer",
      rank: "PC",
      bio: "Jane has worked in Camden Town for six years.",
      contact_details: { email: "jane.smith@met.police.example", telephone: "020 7946 0001" },
    },
    { name: "Amir Khan", role: "dedicated-pcso", rank: "PCSO" },
  ],
  locations: [
    {
      name: "Camden Town Police Office",
      type: "partnership-office",
      address: "Camden Town Hall, Judd Street, London",
      postcode: "wc1h 9je",
      opening_hours: "Monday to Friday, 10am to 4pm",
      front_counter: true,
    },
    { name: "Kentish Town Police Station", type: "police-station", address: "12a Holmes Road", postcode: "NW5 3AE" },
  ],
  contact_details: {
    email: "camdentown.snt.with.a.very.long.address@met.police.example",
    telephone: "020 7946 0000",
    social: [{ label: "X (formerly Twitter)", url: "https://x.com/MPSCamdenTown" }],
  },
  priorities: [
    {
      issue: "Drug dealing near the canal",
      action: "Weekly patrols with the canal trust.",
      date_set: "2026-03-03",
      date_updated: "2026-07-01",
      status: "in-progress",
    },
    { issue: `Theft ${hostile}`, date_set: "2026-01-15", status: "open" },
    { issue: "Noise from late-night venues", date_set: "2025-11-20", status: "resolved" },
  ],
  events: [
    {
      title: "Old ward panel meeting",
      type: "ward-panel-meeting",
      start_date: "2026-06-02T18:30",
      end_date: "2026-06-02T20:00",
      address: "Camden Town Hall",
    },
    {
      title: `Street briefing ${hostile}`,
      type: "street-briefing",
      start_date: "2027-03-02T18:30",
      end_date: "2027-03-02T20:00",
      address: "Outside Camden Town station",
      description: `Bring ${hostile} questions.`,
    },
  ],
  neighbours: ["E05013660N", "E05013800"],
});

/** A ward with nobody in its dedicated posts, nothing listed and no events. */
export const kentishTown = makeWard({
  id: "E05013660",
  name: "Kentish Town South",
  slug: "kentish-town-south",
  team: [{ name: "Ola Nowak", role: "supporting-pcso", rank: "PCSO" }],
  neighbours: ["E05013655"],
});

export const belsize = makeWard({
  id: "E05013640",
  name: "Belsize",
  slug: "belsize",
  team: [{ name: "Tom Reed", role: "dedicated-officer", rank: "PC" }],
});

export const abbeyRoad = makeWard({
  id: "E05013800",
  name: "Abbey Road",
  slug: "abbey-road",
  borough: westminster,
  team: [{ name: "Ann Lee", role: "dedicated-officer", rank: "PC" }],
});

export const allWards: readonly Ward[] = [camdenTown, kentishTown, belsize, abbeyRoad];
