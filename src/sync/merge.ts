import { keyText, type SyncedWard } from "./synced.ts";

/*
 * Three-way merge of the synced fields: the last sync's values (the snapshot,
 * "base"), the ward file now ("yours", the author's), and the API now
 * ("theirs"). The author's word wins:
 * - a field the author has not changed since the last sync takes the API's value;
 * - a field the author has changed is kept; if the API changed it too, that is a conflict;
 * - list entries are matched by a key (a person's name, a priority's issue, an
 *   event's title and start); an entry the author added is kept, an entry the
 *   author deleted stays deleted, and an entry the API dropped is removed only
 *   if the author had not edited it.
 * With no snapshot (the first sync of a file) the base is unknown: empty fields
 * are filled, and a filled field that differs from the API is a conflict.
 * Pure: it returns edits for the YAML writer and the conflicts to report.
 */

export type Path = readonly (string | number)[];

export type Edit =
  /** Set a value at path; undefined deletes the key. */
  | { readonly kind: "set"; readonly path: Path; readonly value: unknown }
  | { readonly kind: "append"; readonly path: Path; readonly value: unknown; readonly comment?: string }
  | { readonly kind: "remove"; readonly path: Path; readonly index: number };

export interface Conflict {
  /** Which field, as an author reads it: `team "Jo Bloggs" bio`. */
  readonly field: string;
  readonly yours: unknown;
  /** The API's value now; undefined when the API dropped the entry or field. */
  readonly theirs: unknown;
}

export interface MergeResult {
  readonly edits: readonly Edit[];
  readonly conflicts: readonly Conflict[];
}

export interface MergeInput {
  /** The ward file as parsed (plain data). */
  readonly yours: Record<string, unknown>;
  readonly theirs: SyncedWard;
  /** The last sync's values, or undefined on a ward's first sync. */
  readonly base: SyncedWard | undefined;
  /** Comments to put on entries the sync adds, by list and key (for example, a role to check). */
  readonly comments?: (list: string, key: string) => string | undefined;
}

const UNKNOWN = Symbol("unknown base");
type Base = unknown | typeof UNKNOWN;

interface ListSpec {
  readonly key: (entry: Record<string, unknown>) => string;
  readonly label: (entry: Record<string, unknown>) => string;
  /** Fields the API provides; any other field of an entry belongs to the author. */
  readonly fields: readonly string[];
}

const text = (value: unknown): string => (typeof value === "string" ? value : "");

export const LISTS = {
  team: {
    key: (m) => keyText(text(m["name"])),
    label: (m) => `team "${text(m["name"])}"`,
    fields: ["name", "role", "rank", "bio", "contact_details"],
  },
  locations: {
    key: (l) => keyText(text(l["name"])),
    label: (l) => `locations "${text(l["name"])}"`,
    fields: ["name", "type", "address", "postcode"],
  },
  priorities: {
    key: (p) => keyText(text(p["issue"])),
    label: (p) => `priorities "${text(p["issue"])}"`,
    fields: ["issue", "action", "date_set", "date_updated", "status"],
  },
  events: {
    key: (e) => `${keyText(text(e["title"]))} ${text(e["start_date"])}`,
    label: (e) => `events "${text(e["title"])}" (${text(e["start_date"])})`,
    fields: ["title", "type", "start_date", "end_date", "address", "description"],
  },
  social: {
    key: (s) => text(s["url"]),
    label: (s) => `contact_details social ${text(s["url"])}`,
    fields: ["label", "url"],
  },
} as const satisfies Record<string, ListSpec>;

/** Text that `import:wards` writes before anyone fills a ward in: as good as empty. */
const SKELETON_DESCRIPTION = /have not been added yet\.?$/;

export function mergeWard({ yours, theirs, base, comments }: MergeInput): MergeResult {
  const edits: Edit[] = [];
  const conflicts: Conflict[] = [];
  const known = base !== undefined;
  const baseOf = (value: unknown): Base => (known ? value : UNKNOWN);

  const field = (path: Path, label: string, b: Base, y: unknown, t: unknown) => {
    if (same(y, t)) return;
    if (b === UNKNOWN) {
      if (isEmpty(y)) edits.push({ kind: "set", path, value: t });
      else if (t !== undefined) conflicts.push({ field: label, yours: y, theirs: t });
      return;
    }
    if (same(y, b)) edits.push({ kind: "set", path, value: t });
    else if (!same(t, b)) conflicts.push({ field: label, yours: y, theirs: t });
  };

  const list = (path: Path, spec: ListSpec, b: readonly object[] | typeof UNKNOWN, y: unknown, t: readonly object[], listName: string) => {
    const yourEntries = Array.isArray(y) ? (y as Record<string, unknown>[]) : [];
    const theirEntries = t as readonly Record<string, unknown>[];
    const baseEntries = b === UNKNOWN ? undefined : (b as readonly Record<string, unknown>[]);
    const index = (entries: readonly Record<string, unknown>[]) => new Map(entries.map((e, i) => [spec.key(e), i] as const));
    const yourIndex = index(yourEntries);
    const theirIndex = index(theirEntries);
    const baseIndex = index(baseEntries ?? []);

    for (const entry of theirEntries) {
      const key = spec.key(entry);
      const i = yourIndex.get(key);
      const baseEntry = baseEntries?.[baseIndex.get(key) ?? -1];
      if (i !== undefined) {
        const yourEntry = yourEntries[i] as Record<string, unknown>;
        for (const name of spec.fields) {
          const b2: Base = baseEntries === undefined || baseEntry === undefined ? UNKNOWN : baseEntry[name];
          field([...path, i, name], `${spec.label(entry)} ${name}`, b2, yourEntry[name], entry[name]);
        }
      } else if (baseEntry === undefined) {
        const comment = comments?.(listName, key);
        edits.push({ kind: "append", path, value: entry, ...(comment ? { comment } : {}) });
      } else if (!sameFields(baseEntry, entry, spec.fields)) {
        // The author deleted it and the API has changed it since: they may want it back.
        conflicts.push({ field: `${spec.label(entry)}`, yours: undefined, theirs: entry });
      }
    }
    const removals: number[] = [];
    yourEntries.forEach((entry, i) => {
      const key = spec.key(entry);
      if (theirIndex.has(key)) return;
      const baseEntry = baseEntries?.[baseIndex.get(key) ?? -1];
      if (baseEntry === undefined) return; // The author's own entry.
      if (sameFields(entry, baseEntry, spec.fields)) removals.push(i);
      else conflicts.push({ field: `${spec.label(entry)}`, yours: entry, theirs: undefined });
    });
    for (const i of removals.reverse()) edits.push({ kind: "remove", path, index: i });
  };

  const yourDescription = yours["description"];
  const descriptionBase = !known && typeof yourDescription === "string" && SKELETON_DESCRIPTION.test(yourDescription) ? yourDescription : baseOf(base?.description);
  // A ward needs a description: when the API has none, the file's stays.
  if (theirs.description !== undefined) field(["description"], "description", descriptionBase, yourDescription, theirs.description);
  // The centre is filled in only where the file has none: import:wards writes the ONS
  // centroid, which is as good, and a map may depend on it.
  if (isEmpty(yours["centre"]) && theirs.centre !== undefined) edits.push({ kind: "set", path: ["centre"], value: theirs.centre });

  const yourContact = (isRecord(yours["contact_details"]) ? yours["contact_details"] : {}) as Record<string, unknown>;
  field(["contact_details", "email"], "contact_details email", baseOf(base?.contact_details.email), yourContact["email"], theirs.contact_details.email);
  field(["contact_details", "telephone"], "contact_details telephone", baseOf(base?.contact_details.telephone), yourContact["telephone"], theirs.contact_details.telephone);
  list(["contact_details", "social"], LISTS.social, known ? (base.contact_details.social ?? []) : UNKNOWN, yourContact["social"], theirs.contact_details.social, "social");

  for (const name of ["team", "locations", "priorities", "events"] as const) {
    list([name], LISTS[name], known ? base[name] : UNKNOWN, yours[name], theirs[name], name);
  }
  return { edits, conflicts };
}

/** Equal as data: key order and undefined fields do not matter. */
export function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function sameFields(a: Record<string, unknown>, b: Record<string, unknown>, fields: readonly string[]): boolean {
  return fields.every((name) => same(a[name], b[name]));
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isRecord(v) ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  ) ?? "undefined";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isRecord(value)) return Object.values(value).every(isEmpty);
  return false;
}

/**
 * The synced fields of a ward file as they stand, to use as the base when its
 * current content is not an author's (sample content being replaced).
 */
export function syncedFieldsOf(yours: Record<string, unknown>): SyncedWard {
  const pick = (entry: unknown, fields: readonly string[]) =>
    Object.fromEntries(fields.filter((f) => isRecord(entry) && entry[f] !== undefined).map((f) => [f, (entry as Record<string, unknown>)[f]]));
  const entries = (value: unknown, spec: ListSpec) => (Array.isArray(value) ? value.map((e) => pick(e, spec.fields)) : []);
  const contact = (isRecord(yours["contact_details"]) ? yours["contact_details"] : {}) as Record<string, unknown>;
  return JSON.parse(
    JSON.stringify({
      description: yours["description"],
      centre: yours["centre"],
      contact_details: { email: contact["email"], telephone: contact["telephone"], social: entries(contact["social"], LISTS.social) },
      team: entries(yours["team"], LISTS.team),
      locations: entries(yours["locations"], LISTS.locations),
      priorities: entries(yours["priorities"], LISTS.priorities),
      events: entries(yours["events"], LISTS.events),
    }),
  ) as SyncedWard;
}
