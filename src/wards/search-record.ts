import { markdownToText } from "../markdown/markdown.ts";
import type { SearchRecord } from "../search/records.ts";
import { summariseTeam, wardUrl } from "./directory.ts";
import { BASE_TYPE_LABELS, ROLE_LABELS, wardPageTitle } from "./labels.ts";
import type { Ward } from "./schema.ts";

const records = new WeakMap<Ward, SearchRecord>();

/**
 * What search knows about a ward's page: the ward and borough, the
 * description, the people by name and role, the bases with their addresses
 * and postcodes, and the local priorities. Left out on purpose: the 999 text
 * and other words every ward page shares, events (they expire, and have their
 * own calendar), contact addresses, and other wards' names (neighbours and
 * "also covers"), which made a search for one ward return the wards around it.
 *
 * Wards are frozen and a preview rebuild hands back the same object for an
 * unchanged file, so each record is built once per ward and reused.
 */
export function wardSearchRecord(ward: Ward): SearchRecord {
  let record = records.get(ward);
  if (!record) {
    record = buildRecord(ward);
    records.set(ward, record);
  }
  return record;
}

function buildRecord(ward: Ward): SearchRecord {
  const { dedicatedOfficers, dedicatedPcsos, supporting } = summariseTeam(ward.team);
  const people = [...dedicatedOfficers, ...dedicatedPcsos, ...supporting].map((member) =>
    sentence(`${member.rank} ${member.name}, ${ROLE_LABELS[member.role]}`, member.bio),
  );
  const bases = ward.locations.map((base) => sentence(`${base.name}, ${BASE_TYPE_LABELS[base.type]}: ${base.address}, ${base.postcode}`));
  const priorities = ward.priorities.map((priority) => sentence(`Local priority: ${priority.issue}`, priority.action));
  const content = [
    sentence(`${ward.name}, ward in ${ward.borough.name}`),
    markdownToText(ward.description),
    ...people,
    ...bases,
    ...priorities,
  ]
    .filter((part) => part !== "")
    .join(" ");
  return Object.freeze({
    url: wardUrl(ward),
    content,
    meta: Object.freeze({ title: wardPageTitle(ward), kind: "Ward team", ward: ward.name, borough: ward.borough.name }),
    filters: Object.freeze({
      type: ["Ward team"],
      borough: [ward.borough.name],
      base: [...new Set(ward.locations.map((base) => BASE_TYPE_LABELS[base.type]))],
    }),
  });
}

/** Parts joined into sentences, so excerpts read as text and one part's words do not run into the next's. */
function sentence(...parts: (string | undefined)[]): string {
  return parts
    .filter((part): part is string => part !== undefined && part.trim() !== "")
    .map((part) => (/[.!?]$/.test(part.trim()) ? part.trim() : `${part.trim()}.`))
    .join(" ");
}
