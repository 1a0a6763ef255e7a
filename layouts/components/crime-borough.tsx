import { headline, sumTotals, wardFigures } from "../../src/crime/figures.ts";
import type { CrimeHistory } from "../../src/crime/history.ts";
import { crimeHistory } from "../../src/crime/load.ts";
import { wardUrl, type BoroughEntry } from "../../src/wards/directory.ts";
import { wardCodeKey } from "../../src/wards/codes.ts";
import { CrimeAbout } from "./crime-about.tsx";
import { CrimeChart } from "./crime-chart.tsx";
import { CrimeComparisonTable } from "./crime-comparison-table.tsx";

export interface CrimeBoroughProps {
  readonly entry: BoroughEntry;
  readonly history?: CrimeHistory;
}

const collator = new Intl.Collator("en-GB", { sensitivity: "base", numeric: true });

/**
 * A borough's recorded crime: the monthly chart of its wards together, and
 * each ward's 12-month change in ward-name order (no league table). Left out
 * of search: the borough page is found by its name and wards, not by figures.
 */
export function CrimeBorough({ entry, history = crimeHistory() }: CrimeBoroughProps) {
  const { borough } = entry;
  const last = history.months.at(-1);
  const wards = [...entry.wards].sort((a, b) => collator.compare(a.name, b.name));
  const figures = wards.map((ward) => {
    const data = history.wards.get(wardCodeKey(ward.id));
    return data ? wardFigures(history.months, data.classes) : undefined;
  });
  const withData = figures.filter((f) => f !== undefined);
  if (last === undefined || withData.length === 0) return null;
  const total = sumTotals(history.months, withData);
  const rows = wards.map((ward, i) => ({ name: ward.name, href: `${wardUrl(ward)}#crime`, comparison: figures[i]?.comparison }));
  return (
    <section class="sn-crime sn-crime--borough" data-pagefind-ignore="all" aria-labelledby="crime">
      <h2 class="sn-crime__heading" id="crime">
        Recorded crime in {borough.name}
      </h2>
      <p class="sn-crime__headline">{headline(borough.name, total.comparison, last, history.months.length)}</p>
      <CrimeChart id="crime-chart" place={borough.name} months={history.months} values={total.totals} />
      <CrimeComparisonTable
        caption={`Recorded crime in each ward of ${borough.name}, A to Z`}
        placeHeading="Ward"
        lastMonth={last}
        rows={rows}
      />
      <CrimeAbout lastMonth={last} />
    </section>
  );
}
