import { DateTime } from "luxon";
import type { ContentProblem } from "../content/problems.ts";
import type { Ward } from "../wards/schema.ts";
import { vacantPosts } from "../wards/skeleton.ts";

/** How old or far ahead content may be before an author is warned. */
export const FRESHNESS = {
  reviewedWithinMonths: 6,
  priorityUpdatedWithinMonths: 3,
  eventsWithinMonths: 12,
} as const;

/**
 * Warnings about one ward that depend on the date of the build: they never
 * stop a build, because time passing is not an author's mistake, but each
 * names the field to look at. Lines are added by the caller.
 */
export function freshnessWarnings(ward: Ward, file: string, now: Date): ContentProblem[] {
  const { todayIso, nowLocal, yearAhead, reviewedBefore, updatedBefore } = thresholds(now);
  const warnings: ContentProblem[] = [];
  const warn = (field: string, message: string) => warnings.push({ file, field, message });

  ward.events.forEach((event, i) => {
    if (event.end_date < nowLocal) {
      warn(
        `events[${i}].start_date`,
        `${event.start_date} is in the past, so "${event.title}" is not shown; if the year is a typo, correct it, otherwise remove the event`,
      );
    } else if (event.start_date > yearAhead) {
      warn(`events[${i}].start_date`, `${event.start_date} is more than a year ahead; check the year`);
    }
  });

  if (ward.last_reviewed !== undefined && ward.last_reviewed < reviewedBefore) {
    warn(
      "last_reviewed",
      `last reviewed on ${ward.last_reviewed}, more than ${FRESHNESS.reviewedWithinMonths} months ago; check the page and set last_reviewed to the date you did`,
    );
  }
  if (ward.last_reviewed !== undefined && ward.last_reviewed > todayIso) {
    warn("last_reviewed", `${ward.last_reviewed} is in the future; use the date you reviewed the page`);
  }

  ward.priorities.forEach((priority, i) => {
    const updated = priority.date_updated ?? priority.date_set;
    if (priority.status !== "resolved" && updated < updatedBefore) {
      warn(
        `priorities[${i}]`,
        `"${priority.issue}" was last updated on ${updated}, more than ${FRESHNESS.priorityUpdatedWithinMonths} months ago; update its action and date_updated, or mark it resolved`,
      );
    }
  });

  const vacant = vacantPosts(ward);
  if (vacant.length > 0) {
    warn("team", `no ${vacant.join(" or ")}; the page says the post is vacant. If someone holds it, add them with role ${vacant.map((post) => (post === "dedicated officer" ? "dedicated-officer" : "dedicated-pcso")).join(" or ")}`);
  }
  return warnings;
}

interface Thresholds {
  readonly todayIso: string;
  readonly nowLocal: string;
  readonly yearAhead: string;
  readonly reviewedBefore: string;
  readonly updatedBefore: string;
}

let cached: { minute: number; thresholds: Thresholds } | undefined;

/** The dates a ward is compared with, in London time; worked out once a minute, not once a ward (luxon is slow at this). */
function thresholds(now: Date): Thresholds {
  const minute = Math.floor(now.getTime() / 60_000);
  if (cached?.minute === minute) return cached.thresholds;
  const today = DateTime.fromJSDate(now, { zone: "Europe/London" });
  const thresholds: Thresholds = {
    todayIso: today.toISODate() ?? "",
    nowLocal: today.toFormat("yyyy-MM-dd'T'HH:mm"),
    yearAhead: today.plus({ months: FRESHNESS.eventsWithinMonths }).toFormat("yyyy-MM-dd'T'HH:mm"),
    reviewedBefore: today.minus({ months: FRESHNESS.reviewedWithinMonths }).toISODate() ?? "",
    updatedBefore: today.minus({ months: FRESHNESS.priorityUpdatedWithinMonths }).toISODate() ?? "",
  };
  cached = { minute, thresholds };
  return thresholds;
}
