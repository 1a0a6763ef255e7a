import path from "node:path";
import { stringify } from "yaml";
import { slugify } from "../markdown/markdown.ts";
import type { WardInput } from "./schema.ts";
import type { WardListEntry } from "./ward-list.ts";

/** Where a ward's file lives: `<contentDir>/wards/<borough-slug>/<ward-slug>.yaml`. */
export function wardFilePath(contentDir: string, entry: Pick<WardListEntry, "name" | "boroughName">): string {
  return path.join(contentDir, "wards", slugify(entry.boroughName), `${slugify(entry.name)}.yaml`);
}

/** A ward with nothing but its identity: valid, so the site builds before anyone fills it in. Not reviewed: no person has checked it. */
export function skeletonWard(entry: WardListEntry): WardInput {
  return {
    id: entry.code,
    name: entry.name,
    slug: slugify(entry.name),
    borough: { code: entry.boroughCode, name: entry.boroughName, slug: slugify(entry.boroughName) },
    ...(entry.centre ? { centre: { latitude: entry.centre.latitude, longitude: entry.centre.longitude } } : {}),
    description: SKELETON_DESCRIPTION(entry.name),
    team: [],
    locations: [],
    contact_details: {},
    priorities: [],
    events: [],
    neighbours: [],
  };
}

const SKELETON_DESCRIPTION = (name: string) => `The details of the Safer Neighbourhoods team for ${name} have not been added yet.`;

/** YAML as authors will edit it: a comment first, then fields in schema order, long lines left unfolded. */
export function stringifyWard(ward: WardInput, comment: string): string {
  const header = comment
    .split("\n")
    .map((line) => `# ${line}`.trimEnd())
    .join("\n");
  return `${header}\n${stringify(ward, { lineWidth: 0 })}`;
}

/** Where the editor finds the ward schema, from a file at content/wards/<borough>/<ward>.yaml. */
export const WARD_SCHEMA_COMMENT = "# yaml-language-server: $schema=../../../schemas/ward.schema.json";

/**
 * A skeleton file: the ward's identity, then each section empty, with a
 * commented example to copy and fill in. Until a team is added the page says
 * the details are on their way, not that posts are vacant.
 */
export function skeletonYaml(entry: WardListEntry): string {
  const ward = skeletonWard(entry);
  const identity = stringify(
    { id: ward.id, name: ward.name, slug: ward.slug, borough: ward.borough, ...(ward.centre ? { centre: ward.centre } : {}), description: ward.description },
    { lineWidth: 0 },
  );
  return `${WARD_SCHEMA_COMMENT}
# Created by \`npm run import:wards\` from the ONS ward list. Until a team is added,
# the page says "We are adding this team's details". To fill it in, replace each
# empty list ([] or {}) with the example under it, without the # signs.
# Every field: docs/AUTHORING.md. Check your changes: npm run check.
${identity}team: []
# team:
#   - name: Jane Smith
#     role: dedicated-officer  # or dedicated-pcso, sergeant, supporting-officer, supporting-pcso, special-constable, volunteer
#     rank: PC
#     bio: One or two sentences about them.
#   - name: Sam Patel
#     role: dedicated-pcso
#     rank: PCSO
locations: []
# locations:
#   - name: ${ward.name} police office
#     type: police-station  # or kiosk, partnership-office, school, hospital, place-of-worship, other
#     address: 1 High Street, London
#     postcode: NW1 0AA
#     opening_hours: Mon–Fri 10:00–16:00
#     front_counter: false
contact_details: {}
# contact_details:
#   email: team.snt@met.police.uk
#   telephone: "020 7946 0000"  # in quotes, with spaces
priorities: []
# priorities:
#   - issue: The issue in a short sentence
#     action: What the team is doing about it.
#     date_set: 2027-01-15
#     status: open  # or in-progress, resolved
events: []
# events:
#   - title: ${ward.name} ward panel meeting
#     type: ward-panel-meeting  # or contact-session, street-briefing, community-event, other
#     start_date: 2027-02-01T18:30  # London time
#     end_date: 2027-02-01T20:00
#     address: Community room, 1 High Street, London NW1 0AA
neighbours: []
# neighbours:
#   - E05000000  # ward codes of the wards next to this one
# last_reviewed: 2027-01-15  # the date a person checked this page; add it when you have
`;
}

/** Whether a file is still a skeleton exactly as the importer wrote it (any version), so it may be written again. */
export function isUntouchedSkeleton(source: string, entry: WardListEntry): boolean {
  return (
    source.includes(SKELETON_DESCRIPTION(entry.name)) &&
    /^team: \[\]$/m.test(source) &&
    /^locations: \[\]$/m.test(source) &&
    /^contact_details: \{\}$/m.test(source) &&
    /^priorities: \[\]$/m.test(source) &&
    /^events: \[\]$/m.test(source)
  );
}
