import { DateTime } from "luxon";
import type { Borough, Ward } from "../wards/schema.ts";
import { isSkeleton, vacantPosts } from "../wards/skeleton.ts";
import { FRESHNESS } from "../check/freshness.ts";

/** What can need an author's attention in a ward, in the order the report lists them. */
export const ATTENTION_KINDS = [
  { kind: "skeleton", label: "No team details yet" },
  { kind: "vacant", label: "Vacant dedicated post" },
  { kind: "no-base", label: "No base" },
  { kind: "no-contact", label: "No contact details" },
  { kind: "no-events", label: "No upcoming events" },
  { kind: "no-ward-panel", label: "No ward panel meeting in the next 3 months" },
  { kind: "not-reviewed", label: "Not reviewed in 6 months" },
  { kind: "stale-priority", label: "Priority not updated in 3 months" },
  { kind: "old-priority", label: "Priority open for over a year" },
  { kind: "sample", label: "Sample content" },
] as const;

export type AttentionKind = (typeof ATTENTION_KINDS)[number]["kind"];

export interface AttentionItem {
  readonly kind: AttentionKind;
  /** What is wrong, for this ward, in a few words. */
  readonly detail: string;
}

export interface WardAttention {
  readonly ward: Ward;
  /** The ward's file, as authors open it. */
  readonly file: string;
  readonly items: readonly AttentionItem[];
}

export interface BoroughReport {
  readonly borough: Borough;
  readonly wardCount: number;
  /** Only wards that need attention, A to Z. */
  readonly wards: readonly WardAttention[];
  readonly counts: Readonly<Record<AttentionKind, number>>;
}

export interface ContentReport {
  readonly date: string;
  readonly wardCount: number;
  readonly boroughs: readonly BoroughReport[];
  readonly counts: Readonly<Record<AttentionKind, number>>;
  /** Wards that need attention, across London. */
  readonly needAttention: number;
}

const collator = new Intl.Collator("en-GB", { sensitivity: "base", numeric: true });

/** What each ward needs, given the date. A skeleton needs its team first: nothing else is listed for it. */
export function wardAttention(ward: Ward, now: Date): AttentionItem[] {
  if (isSkeleton(ward)) return [{ kind: "skeleton", detail: "no team details yet" }];
  const today = DateTime.fromJSDate(now, { zone: "Europe/London" });
  const nowLocal = today.toFormat("yyyy-MM-dd'T'HH:mm");
  const in3Months = today.plus({ months: 3 }).toFormat("yyyy-MM-dd'T'HH:mm");
  const items: AttentionItem[] = [];
  const vacant = vacantPosts(ward);
  if (vacant.length > 0) items.push({ kind: "vacant", detail: `no ${vacant.join(" or ")}` });
  if (ward.locations.length === 0) items.push({ kind: "no-base", detail: "no base" });
  if (ward.contact_details.email === undefined && ward.contact_details.telephone === undefined) {
    items.push({ kind: "no-contact", detail: "no email or telephone" });
  }
  const upcoming = ward.events.filter((event) => event.end_date >= nowLocal);
  if (upcoming.length === 0) items.push({ kind: "no-events", detail: "no upcoming events" });
  if (!upcoming.some((event) => event.type === "ward-panel-meeting" && event.start_date <= in3Months)) {
    items.push({ kind: "no-ward-panel", detail: "no ward panel meeting in the next 3 months" });
  }
  const reviewedSince = today.minus({ months: FRESHNESS.reviewedWithinMonths }).toISODate() ?? "";
  if (ward.last_reviewed === undefined) items.push({ kind: "not-reviewed", detail: "never reviewed" });
  else if (ward.last_reviewed < reviewedSince) items.push({ kind: "not-reviewed", detail: `last reviewed ${ward.last_reviewed}` });
  const updatedSince = today.minus({ months: FRESHNESS.priorityUpdatedWithinMonths }).toISODate() ?? "";
  const yearAgo = today.minus({ years: 1 }).toISODate() ?? "";
  for (const priority of ward.priorities) {
    if (priority.status === "resolved") continue;
    const updated = priority.date_updated ?? priority.date_set;
    if (updated < updatedSince) items.push({ kind: "stale-priority", detail: `"${priority.issue}" last updated ${updated}` });
    if (priority.date_set < yearAgo) items.push({ kind: "old-priority", detail: `"${priority.issue}" open since ${priority.date_set}` });
  }
  if (ward.sample) items.push({ kind: "sample", detail: "sample content, not a real team" });
  return items;
}

function emptyCounts(): Record<AttentionKind, number> {
  return Object.fromEntries(ATTENTION_KINDS.map(({ kind }) => [kind, 0])) as Record<AttentionKind, number>;
}

/** Every ward that needs attention, by borough, with counts per borough and for London. */
export function buildReport(wards: readonly Ward[], now: Date, wardsDir = "content/wards"): ContentReport {
  const byBorough = new Map<string, { borough: Borough; wards: Ward[] }>();
  for (const ward of wards) {
    let group = byBorough.get(ward.borough.code);
    if (!group) byBorough.set(ward.borough.code, (group = { borough: ward.borough, wards: [] }));
    group.wards.push(ward);
  }
  const counts = emptyCounts();
  let needAttention = 0;
  const boroughs = [...byBorough.values()]
    .sort((a, b) => collator.compare(a.borough.name, b.borough.name))
    .map(({ borough, wards: boroughWards }) => {
      const boroughCounts = emptyCounts();
      const attention = [...boroughWards]
        .sort((a, b) => collator.compare(a.name, b.name))
        .map((ward) => ({ ward, file: `${wardsDir}/${ward.borough.slug}/${ward.slug}.yaml`, items: wardAttention(ward, now) }))
        .filter((entry) => entry.items.length > 0);
      for (const entry of attention) {
        for (const kind of new Set(entry.items.map((item) => item.kind))) {
          boroughCounts[kind]++;
          counts[kind]++;
        }
      }
      needAttention += attention.length;
      return { borough, wardCount: boroughWards.length, wards: attention, counts: boroughCounts };
    });
  return {
    date: DateTime.fromJSDate(now, { zone: "Europe/London" }).toISODate() ?? "",
    wardCount: wards.length,
    boroughs,
    counts,
    needAttention,
  };
}

const SHORT: Readonly<Record<AttentionKind, string>> = {
  skeleton: "no team yet",
  vacant: "vacant post",
  "no-base": "no base",
  "no-contact": "no contact",
  "no-events": "no events",
  "no-ward-panel": "no panel meeting",
  "not-reviewed": "not reviewed",
  "stale-priority": "stale priority",
  "old-priority": "priority > 1 year",
  sample: "sample",
};

/** The report as markdown: a table of counts by borough, then each borough's wards with what each needs. */
export function reportMarkdown(report: ContentReport): string {
  const lines = [
    "# Content that needs attention",
    "",
    `Made on ${report.date} by \`npm run report\`. ${report.needAttention} of ${report.wardCount} wards need attention. Counts are of wards.`,
    "",
    `| Borough | Wards | Need attention | ${ATTENTION_KINDS.map((k) => k.label).join(" | ")} |`,
    `| --- | ---: | ---: | ${ATTENTION_KINDS.map(() => "---:").join(" | ")} |`,
    ...report.boroughs.map(
      (b) => `| [${b.borough.name}](#${anchor(b.borough.name)}) | ${b.wardCount} | ${b.wards.length} | ${ATTENTION_KINDS.map((k) => b.counts[k.kind]).join(" | ")} |`,
    ),
    `| **London** | ${report.wardCount} | ${report.needAttention} | ${ATTENTION_KINDS.map((k) => report.counts[k.kind]).join(" | ")} |`,
  ];
  for (const borough of report.boroughs) {
    lines.push("", `## ${borough.borough.name}`, "");
    if (borough.wards.length === 0) {
      lines.push(`All ${borough.wardCount} wards are up to date.`);
      continue;
    }
    lines.push(`${borough.wards.length} of ${borough.wardCount} wards need attention.`, "");
    for (const { ward, file, items } of borough.wards) {
      lines.push(`- **${ward.name}** (\`${file}\`): ${items.map((item) => item.detail).join("; ")}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** A few lines for the terminal: totals for London, then each borough's count of wards that need attention. */
export function reportSummary(report: ContentReport): string {
  const kinds = ATTENTION_KINDS.filter((k) => report.counts[k.kind] > 0)
    .map((k) => `  ${String(report.counts[k.kind]).padStart(4)}  ${k.label.toLowerCase()}`)
    .join("\n");
  const width = Math.max(0, ...report.boroughs.map((b) => b.borough.name.length));
  const boroughs = report.boroughs
    .map((b) => {
      const top = ATTENTION_KINDS.filter((k) => b.counts[k.kind] > 0).map((k) => `${b.counts[k.kind]} ${SHORT[k.kind]}`).join(", ");
      return `  ${b.borough.name.padEnd(width)}  ${String(b.wards.length).padStart(3)}/${String(b.wardCount).padEnd(3)} ${top}`;
    })
    .join("\n");
  return [
    `${report.needAttention} of ${report.wardCount} wards need attention (${report.date}):`,
    kinds,
    "",
    "By borough (wards needing attention/wards):",
    boroughs,
  ].join("\n");
}

function anchor(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9 -]/g, "").trim().replace(/\s+/g, "-");
}
