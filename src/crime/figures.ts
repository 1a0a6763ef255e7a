import type { CrimeHistory } from "./history.ts";

/**
 * What the pages say about recorded crime, worked out from the history:
 * monthly totals, the latest 12 months against the 12 before, and the
 * words for them. Pure, so each sentence is unit-tested.
 */


/** Below this many crimes in either period, a percentage would mislead: we give the counts. */
export const SMALL_NUMBER = 20;

/** The month the Met moved to its new recording system (CONNECT), marked on every chart. */
export const RECORDING_CHANGE_MONTH = "2024-02";

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2026-01" → "January 2026". */
export function monthName(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/**
 * 1204 → "1,204". By hand, not Intl.NumberFormat: a ward page formats about
 * 50 numbers and London has 679 wards, and Intl's format costs a build
 * noticeably more for what is only whole numbers with commas.
 */
export function formatCount(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  const sign = n < 0 ? "-" : "";
  if (digits.length <= 3) return sign + digits;
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ",";
    out += digits[i];
  }
  return sign + out;
}

/** The Met's class names are in capitals; these read as a resident would say them. */
const CLASS_LABELS: Readonly<Record<string, string>> = {
  "ARSON AND CRIMINAL DAMAGE": "Arson and criminal damage",
  BURGLARY: "Burglary",
  "DRUG OFFENCES": "Drug offences",
  "FRAUD AND FORGERY": "Fraud and forgery",
  "MISCELLANEOUS CRIMES AGAINST SOCIETY": "Other crimes against society",
  "NFIB FRAUD": "Fraud reported to Action Fraud",
  "POSSESSION OF WEAPONS": "Possession of weapons",
  "PUBLIC ORDER OFFENCES": "Public order offences",
  ROBBERY: "Robbery",
  "SEXUAL OFFENCES": "Sexual offences",
  THEFT: "Theft",
  "VEHICLE OFFENCES": "Vehicle offences",
  "VIOLENCE AGAINST THE PERSON": "Violence against the person",
};

export function classLabel(name: string): string {
  const known = CLASS_LABELS[name.toUpperCase()];
  if (known) return known;
  const lower = name.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * Words in a team's priorities that point at a class of recorded crime. A
 * priority about anti-social behaviour (street drinking, noise) matches none:
 * it is not recorded crime.
 */
const PRIORITY_CLASSES: readonly (readonly [RegExp, string])[] = [
  [/burglar|break-ins?\b/i, "BURGLARY"],
  [/robber|mugging/i, "ROBBERY"],
  [/theft|thieves|steal|stolen|snatch|pickpocket|shoplift/i, "THEFT"],
  [/drug|cannabis|dealing/i, "DRUG OFFENCES"],
  [/vehicle|car crime|\bcars?\b|\bvans?\b|moped|motorbike|catalytic/i, "VEHICLE OFFENCES"],
  [/violen|assault|stabbing|\bfights?\b/i, "VIOLENCE AGAINST THE PERSON"],
  [/weapon|knife|knives/i, "POSSESSION OF WEAPONS"],
  [/graffiti|vandal|criminal damage|arson/i, "ARSON AND CRIMINAL DAMAGE"],
  [/public order|disorder/i, "PUBLIC ORDER OFFENCES"],
  [/sexual/i, "SEXUAL OFFENCES"],
];

/** The classes a set of priorities is about, in the order of the table above. */
export function classesForPriorities(issues: readonly string[]): string[] {
  return PRIORITY_CLASSES.filter(([pattern]) => issues.some((issue) => pattern.test(issue))).map(([, name]) => name);
}

export interface Comparison {
  /** Crimes in the latest 12 months. */
  readonly latest: number;
  /** Crimes in the 12 months before; undefined with fewer than 24 months. */
  readonly previous: number | undefined;
}

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** The latest 12 months against the 12 before (both need 24 months of figures). */
export function compareYears(values: readonly number[]): Comparison {
  const latest = sum(values.slice(-12));
  return { latest, previous: values.length >= 24 ? sum(values.slice(-24, -12)) : undefined };
}

/**
 * How the latest 12 months compare, as a phrase: "6% fewer than", "12 more
 * than" (counts when either period is under SMALL_NUMBER) or "the same as".
 */
export function changePhrase({ latest, previous }: Comparison): string | undefined {
  if (previous === undefined) return undefined;
  if (latest === previous) return "the same number as";
  const direction = latest > previous ? "more" : "fewer";
  const difference = Math.abs(latest - previous);
  if (latest < SMALL_NUMBER || previous < SMALL_NUMBER) return `${formatCount(difference)} ${direction} than`;
  const percent = Math.round((difference / previous) * 100);
  if (percent === 0) return `${formatCount(difference)} ${direction} (less than 1%) than`;
  return `${percent}% ${direction} than`;
}

/** "1 crime was" / "1,204 crimes were". */
function crimesWere(n: number): string {
  return n === 1 ? "1 crime was" : `${formatCount(n)} crimes were`;
}

/**
 * The headline sentence: "1,204 crimes were recorded in Camden Town in the 12
 * months to January 2026, 6% fewer than in the 12 months before (1,281)."
 */
export function headline(place: string, comparison: Comparison, lastMonth: string, monthCount: number): string {
  const phrase = changePhrase(comparison);
  if (phrase === undefined || comparison.previous === undefined) {
    const span = Math.min(monthCount, 12);
    return `${crimesWere(comparison.latest)} recorded in ${place} in the ${span === 1 ? "month" : `${span} months`} to ${monthName(lastMonth)}.`;
  }
  return `${crimesWere(comparison.latest)} recorded in ${place} in the 12 months to ${monthName(lastMonth)}, ${phrase} in the 12 months before (${formatCount(comparison.previous)}).`;
}

/** Short form for a table cell: "6% fewer", "3 more", "no change", or "not known". */
export function changeCell(comparison: Comparison): string {
  const phrase = changePhrase(comparison);
  if (phrase === undefined) return "not known";
  if (phrase === "the same number as") return "no change";
  return phrase.replace(/ than$/, "");
}

export interface ClassFigure {
  readonly name: string;
  readonly label: string;
  readonly comparison: Comparison;
  /** Whether it is shown because it matches one of the team's priorities. */
  readonly priority: boolean;
}

export interface PlaceFigures {
  readonly months: readonly string[];
  /** Recorded crimes each month, all classes together. */
  readonly totals: readonly number[];
  readonly comparison: Comparison;
  /** Every class with a crime in the months we have, largest in the latest 12 months first. */
  readonly classes: readonly ClassFigure[];
}

/** Sum one or more wards' classes into a place's figures. */
export function placeFigures(months: readonly string[], wards: Iterable<ReadonlyMap<string, readonly number[]>>, priorityClasses: readonly string[] = []): PlaceFigures {
  const totals = new Array<number>(months.length).fill(0);
  const byClass = new Map<string, number[]>();
  for (const classes of wards) {
    for (const [name, values] of classes) {
      let sums = byClass.get(name);
      if (!sums) byClass.set(name, (sums = new Array<number>(months.length).fill(0)));
      for (let i = 0; i < values.length; i++) {
        const v = values[i]!;
        sums[i]! += v;
        totals[i]! += v;
      }
    }
  }
  const classes = [...byClass]
    .map(([name, values]) => ({ name, label: classLabel(name), comparison: compareYears(values), priority: priorityClasses.includes(name) }))
    // Labels are plain ASCII: a code-point comparison orders them as localeCompare would, at a fraction of the cost.
    .sort((a, b) => b.comparison.latest - a.comparison.latest || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  return { months, totals, comparison: compareYears(totals), classes };
}

// One entry per ward's classes (the history's own Map), so the ward page, its borough's
// table and the London page work a ward's figures out once per build, not three times.
const wardCache = new WeakMap<ReadonlyMap<string, readonly number[]>, PlaceFigures>();

/** One ward's figures, without priorities (see withPriorities), computed once per history. */
export function wardFigures(months: readonly string[], classes: ReadonlyMap<string, readonly number[]>): PlaceFigures {
  let figures = wardCache.get(classes);
  if (!figures || figures.months !== months) {
    figures = placeFigures(months, [classes]);
    wardCache.set(classes, figures);
  }
  return figures;
}

/** The same figures, with the classes that match a team's priorities marked. */
export function withPriorities(figures: PlaceFigures, priorityClasses: readonly string[]): PlaceFigures {
  if (priorityClasses.length === 0) return figures;
  return { ...figures, classes: figures.classes.map((c) => (priorityClasses.includes(c.name) ? { ...c, priority: true } : c)) };
}

/** Several places' monthly totals added together (a borough from its wards, London from all). */
export function sumTotals(months: readonly string[], places: readonly Pick<PlaceFigures, "totals">[]): Pick<PlaceFigures, "totals" | "comparison"> {
  const totals = new Array<number>(months.length).fill(0);
  for (const place of places) {
    for (let i = 0; i < totals.length; i++) totals[i]! += place.totals[i] ?? 0;
  }
  return { totals, comparison: compareYears(totals) };
}

/** The classes a ward page lists: the largest few, then any of the team's priorities not among them. */
export function classesToShow(classes: readonly ClassFigure[], largest = 3): ClassFigure[] {
  const top = classes.filter((c) => c.comparison.latest > 0).slice(0, largest);
  const priorities = classes.filter((c) => c.priority && !top.includes(c));
  return [...top, ...priorities];
}

/** One line for a class: "Theft: 420 in the latest 12 months, 12% more than the 12 months before (375)". */
export function classSentence(figure: ClassFigure): string {
  const { latest, previous } = figure.comparison;
  const phrase = changePhrase(figure.comparison);
  const count = `${formatCount(latest)} in the latest 12 months`;
  if (phrase === undefined || previous === undefined) return `${count}.`;
  return `${count}, ${phrase} in the 12 months before (${formatCount(previous)}).`;
}

/** Whether there is nothing to chart: no months, or not one crime in any of them. */
export function allZero(totals: readonly number[]): boolean {
  return totals.every((v) => v === 0);
}

export function historyMonths(history: CrimeHistory): { first: string; last: string } | undefined {
  const first = history.months[0];
  const last = history.months.at(-1);
  return first !== undefined && last !== undefined ? { first, last } : undefined;
}
