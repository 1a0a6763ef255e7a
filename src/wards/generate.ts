import { DateTime } from "luxon";
import { slugify } from "../markdown/markdown.ts";
import { writeWardFiles, type WrittenWardFiles } from "./import.ts";
import { type WardListEntry } from "./ward-list.ts";
import { prng, type Random } from "./generate-random.ts";
import { BIO_ENDINGS, EVENT_TITLES, FIRST_NAMES, INWARD_LETTERS, LAST_NAMES, OUTWARD_CODES } from "./generate-words.ts";
import { baseName, PRIORITIES, STREET_KINDS, STREETS, WEEKDAYS } from "./generate-words.ts";
import { BASE_TYPES, EVENT_TYPES, PRIORITY_STATUSES, type TeamRole, type WardInput } from "./schema.ts";

/*
 * Development only: fills wards with made-up teams so that templates and
 * build times can be tried on all of London (or 20,000 wards) before real
 * content exists. Everything is derived from a PRNG seeded by the ward code,
 * so the same ward list and `now` give byte-identical files on every machine.
 * Every generated ward says `sample: true`.
 */

export interface GenerateOptions {
  /** Events are put after this, priorities and reviews before it. */
  readonly now: Date;
}

type MemberInput = WardInput["team"][number];
type EventInput = WardInput["events"][number];
type PriorityInput = WardInput["priorities"][number];

const LONDON = "Europe/London";
const NEAREST_NEIGHBOURS = 3;
const MAX_VISITORS = 3;

/** Made-up teams for every ward in the list; supporting officers appear in each ward they cover. */
export function generateWards(list: readonly WardListEntry[], options: GenerateOptions): WardInput[] {
  const today = DateTime.fromJSDate(options.now, { zone: LONDON }).startOf("day");
  const sorted = [...list].sort((a, b) => compareCodes(a.code, b.code));
  const neighbours = neighbourMap(sorted);
  const drafts = sorted.map((entry) => draftWard(entry, neighbours.get(entry.code) ?? [], today));

  // Supporting officers work across wards: list each one in every ward they
  // cover, each copy naming the other wards, so every also_covers is returned.
  // A ward takes at most MAX_VISITORS of them, or central wards would fill up;
  // each officer takes the first of their (shuffled) neighbours with room.
  const visitors = new Map<string, MemberInput[]>();
  const teams = drafts.map(({ ward, wishes }) =>
    ward.team.map((member) => {
      const wish = wishes.get(member);
      if (!wish) return member;
      const covers = wish.candidates.filter((code) => (visitors.get(code)?.length ?? 0) < MAX_VISITORS).slice(0, wish.count);
      for (const covered of covers) {
        const copy: MemberInput = { ...member, also_covers: [ward.id, ...covers.filter((code) => code !== covered)] };
        const list = visitors.get(covered);
        if (list) list.push(copy);
        else visitors.set(covered, [copy]);
      }
      return covers.length > 0 ? { ...member, also_covers: covers } : member;
    }),
  );
  return drafts.map(({ ward }, i) => ({ ...ward, team: [...(teams[i] ?? []), ...(visitors.get(ward.id) ?? [])] }));
}

/** Write generated wards as YAML; existing files are kept unless `overwrite` is set. */
export function generateWardFiles(
  list: readonly WardListEntry[],
  contentDir: string,
  options: GenerateOptions & { readonly overwrite?: boolean },
): WrittenWardFiles {
  return writeWardFiles(
    generateWards(list, options),
    contentDir,
    "Synthetic sample content made by `npm run generate:wards`.\nThe people, places, priorities and events are made up: these are not real officers.",
    options,
  );
}

const SYNTHETIC_BOROUGHS = 33;

/**
 * A made-up ward list of any size for scale tests: codes E05900001 onwards
 * (unused by ONS), spread round-robin over 33 made-up boroughs laid out on a
 * grid over London, each ward at a seeded point inside its borough's cell.
 */
export function syntheticWardList(count: number): WardListEntry[] {
  if (!Number.isInteger(count) || count < 1 || count > 99_999) {
    throw new RangeError(`expected a whole number of wards from 1 to 99999, got ${count}`);
  }
  return Array.from({ length: count }, (_, i) => {
    const b = i % SYNTHETIC_BOROUGHS;
    const number = String(i + 1).padStart(5, "0");
    const code = `E059${number}`;
    const random = prng(code);
    const row = Math.floor(b / 6);
    const column = b % 6;
    return {
      code,
      name: `Synthetic Ward ${number}`,
      boroughCode: `E099000${String(b + 1).padStart(2, "0")}`,
      boroughName: `Synthetic Borough ${String(b + 1).padStart(2, "0")}`,
      centre: {
        latitude: round5(51.33 + (row + random.next()) * 0.055),
        longitude: round5(-0.45 + (column + random.next()) * 0.115),
      },
    };
  });
}

// ---------------------------------------------------------------------------

interface Draft {
  readonly ward: WardInput;
  /** Supporting members' wards to cover, in order of preference, and how many. */
  readonly wishes: ReadonlyMap<MemberInput, { readonly candidates: readonly string[]; readonly count: number }>;
}

function draftWard(entry: WardListEntry, neighbours: readonly string[], today: DateTime): Draft {
  const random = prng(entry.code);
  const slug = slugify(entry.name);
  const names = new Set<string>();
  const person = (): string => {
    for (;;) {
      const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
      if (!names.has(name)) {
        names.add(name);
        return name;
      }
    }
  };
  const member = (role: TeamRole, rank: string, withBio: boolean): MemberInput => {
    const name = person();
    const since = today.year - random.int(1, 12);
    return {
      name,
      role,
      rank,
      ...(withBio ? { bio: `${name.split(" ")[0]} has worked in ${entry.name} since ${since} and ${random.pick(BIO_ENDINGS)}.` } : {}),
    };
  };

  const team: MemberInput[] = [
    member("dedicated-officer", "PC", true),
    member("dedicated-pcso", "PCSO", true),
    member("sergeant", "Sgt", random.chance(0.5)),
  ];
  const wishes = new Map<MemberInput, { candidates: readonly string[]; count: number }>();
  const supporting = random.int(1, 3);
  for (let i = 0; i < supporting; i++) {
    const officer = random.chance(0.5);
    const supporter = member(officer ? "supporting-officer" : "supporting-pcso", officer ? "PC" : "PCSO", false);
    wishes.set(supporter, { candidates: random.sample(neighbours, neighbours.length), count: random.int(1, 2) });
    team.push(supporter);
  }

  const baseType = random.pick(BASE_TYPES);
  const street = `${random.int(1, 240)} ${random.pick(STREETS)} ${random.pick(STREET_KINDS)}`;
  const base = {
    name: baseName(baseType, entry.name, random),
    type: baseType,
    address: `${street}, London`,
    postcode: `${random.pick(OUTWARD_CODES)} ${random.int(1, 9)}${random.pick(INWARD_LETTERS)}${random.pick(INWARD_LETTERS)}`,
    ...(baseType === "police-station"
      ? { opening_hours: "Monday to Friday 09:00–17:00", front_counter: true }
      : { opening_hours: `${random.pick(WEEKDAYS)}s ${random.pick(["10:00–12:00", "14:00–16:00", "18:00–19:30"])}` }),
  };

  const ward: WardInput = {
    id: entry.code,
    name: entry.name,
    slug,
    borough: { code: entry.boroughCode, name: entry.boroughName, slug: slugify(entry.boroughName) },
    ...(entry.centre ? { centre: { latitude: entry.centre.latitude, longitude: entry.centre.longitude } } : {}),
    description: `A sample Safer Neighbourhoods team for ${entry.name} in ${entry.boroughName}. The people, places and dates on this page are made up.`,
    sample: true,
    team,
    locations: [base],
    contact_details: {
      email: `${slug}.snt@police.example`,
      telephone: `020 7946 0${String(random.int(0, 999)).padStart(3, "0")}`,
      social: [{ label: "Neighbourhood news", url: `https://social.example/@${slug}-snt` }],
    },
    priorities: priorities(random, today),
    events: events(random, today, `${street}, London`),
    neighbours: [...neighbours],
    last_reviewed: isoDate(today.minus({ days: random.int(0, 60) })),
  };
  return { ward, wishes };
}

function priorities(random: Random, today: DateTime): PriorityInput[] {
  return random.sample(PRIORITIES, random.int(1, 3)).map(([issue, action]) => {
    const age = random.int(30, 400);
    const set = today.minus({ days: age });
    return {
      issue,
      action,
      date_set: isoDate(set),
      date_updated: isoDate(set.plus({ days: random.int(0, age) })),
      status: random.pick(PRIORITY_STATUSES),
    };
  });
}

function events(random: Random, today: DateTime, address: string): EventInput[] {
  const count = random.int(0, 2);
  const list = Array.from({ length: count }, (): EventInput => {
    const type = random.pick(EVENT_TYPES);
    // Daytime and evening hours only: never in the hour the clocks skip.
    const start = today.plus({ days: random.int(7, 120) }).set({ hour: random.pick([10, 11, 14, 18, 19]), minute: random.pick([0, 30]) });
    const end = start.plus({ minutes: random.pick([60, 90, 120]) });
    return {
      title: EVENT_TITLES[type],
      type,
      start_date: start.toFormat("yyyy-MM-dd'T'HH:mm"),
      end_date: end.toFormat("yyyy-MM-dd'T'HH:mm"),
      address,
      description: "Come and meet your local team. No need to book.",
    };
  });
  return list.sort((a, b) => a.start_date.localeCompare(b.start_date));
}

/**
 * Neighbours within a borough: the nearest centres when every ward has one,
 * otherwise the wards either side in alphabetical order. Crude, but stable.
 */
function neighbourMap(list: readonly WardListEntry[]): Map<string, string[]> {
  const byBorough = new Map<string, WardListEntry[]>();
  for (const entry of list) {
    const wards = byBorough.get(entry.boroughCode);
    if (wards) wards.push(entry);
    else byBorough.set(entry.boroughCode, [entry]);
  }
  const result = new Map<string, string[]>();
  const squeeze = Math.cos((51.5 * Math.PI) / 180); // degrees of longitude are shorter than latitude here
  for (const wards of byBorough.values()) {
    if (wards.every((ward) => ward.centre)) {
      for (const ward of wards) {
        const nearest: { code: string; distance: number }[] = [];
        for (const other of wards) {
          if (other === ward || !ward.centre || !other.centre) continue;
          const dx = (ward.centre.longitude - other.centre.longitude) * squeeze;
          const dy = ward.centre.latitude - other.centre.latitude;
          const distance = dx * dx + dy * dy;
          if (nearest.length < NEAREST_NEIGHBOURS || distance < (nearest.at(-1)?.distance ?? Infinity)) {
            nearest.push({ code: other.code, distance });
            nearest.sort((a, b) => a.distance - b.distance || compareCodes(a.code, b.code));
            if (nearest.length > NEAREST_NEIGHBOURS) nearest.pop();
          }
        }
        result.set(ward.code, nearest.map((n) => n.code));
      }
    } else {
      const alphabetical = [...wards].sort((a, b) => a.name.localeCompare(b.name, "en-GB") || compareCodes(a.code, b.code));
      alphabetical.forEach((ward, i) => {
        result.set(ward.code, [alphabetical[i - 1]?.code, alphabetical[i + 1]?.code].filter((code) => code !== undefined));
      });
    }
  }
  return result;
}

function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isoDate(date: DateTime): string {
  return date.toFormat("yyyy-MM-dd");
}

function round5(value: number): number {
  return Math.round(value * 100_000) / 100_000;
}
