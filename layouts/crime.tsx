import { headline, monthName, sumTotals, wardFigures } from "../src/crime/figures.ts";
import type { CrimeHistory } from "../src/crime/history.ts";
import { crimeHistory } from "../src/crime/load.ts";
import { boroughUrl, type WardDirectory } from "../src/wards/directory.ts";
import { wardCodeKey } from "../src/wards/codes.ts";
import { BaseLayout } from "./base.tsx";
import { CrimeAbout } from "./components/crime-about.tsx";
import { CrimeChart } from "./components/crime-chart.tsx";
import { CrimeComparisonTable } from "./components/crime-comparison-table.tsx";

export interface CrimePageProps {
  readonly directory: WardDirectory;
  readonly stylesheetHref: string;
  readonly history?: CrimeHistory;
}

const collator = new Intl.Collator("en-GB", { sensitivity: "base", numeric: true });

/** /crime/: recorded crime across London's Met wards, month by month, and each borough's 12-month change. */
export function CrimePage({ directory, stylesheetHref, history = crimeHistory() }: CrimePageProps) {
  const title = "Recorded crime in London";
  const last = history.months.at(-1);
  const first = history.months[0];
  const boroughs = directory.boroughs
    .map(({ borough, wards }) => {
      const figures = wards.flatMap((ward) => {
        const data = history.wards.get(wardCodeKey(ward.id));
        return data ? [wardFigures(history.months, data.classes)] : [];
      });
      return { borough, figures };
    })
    .filter(({ figures }) => figures.length > 0)
    .sort((a, b) => collator.compare(a.borough.name, b.borough.name));
  // London is every ward in the history, whether or not this build has its ward file.
  const figures = sumTotals(
    history.months,
    [...history.wards.values()].map((ward) => wardFigures(history.months, ward.classes)),
  );
  return (
    <BaseLayout
      title={title}
      description="How many crimes the Metropolitan Police recorded in London's wards each month, how to read a ward's figures, and what they leave out."
      url="/crime/"
      stylesheetHref={stylesheetHref}
      breadcrumbs={[{ label: "Home", href: "/" }]}
    >
      <article class="sn-crime sn-crime--london">
        <h1 class="sn-heading-xl">{title}</h1>
        {last === undefined || first === undefined || history.wards.size === 0 ? (
          <p class="sn-crime__none">We have no recorded crime figures yet.</p>
        ) : (
          <>
            <p class="sn-lead">
              {headline("London", figures.comparison, last, history.months.length)}
            </p>
            <p>
              The chart shows every month from {monthName(first)} to {monthName(last)}, for all the London wards the
              Metropolitan Police covers (not the City of London, which has its own police force). Each ward’s page
              has the same chart for that ward, and each borough’s page has one for the borough.
            </p>
            <CrimeChart id="crime-chart" place="London" months={history.months} values={figures.totals} />
            <h2 class="sn-crime__heading">How to read a ward’s figures</h2>
            <ul>
              <li>
                The first sentence compares the latest 12 months with the 12 months before. Comparing whole years
                avoids reading too much into one busy or quiet month, or into the seasons.
              </li>
              <li>
                When either year has fewer than 20 crimes, we give the numbers, not a percentage: a change from 4 to 8
                is “4 more”, not “100% more”.
              </li>
              <li>
                The types of crime listed are the largest in the ward, and any that match the team’s local priorities.
              </li>
              <li>
                A ward with a busy station, shopping street or night-time venues records more crime than its residents
                alone would explain.
              </li>
            </ul>
            <CrimeComparisonTable
              caption="Recorded crime in each borough, A to Z"
              placeHeading="Borough"
              lastMonth={last}
              rows={boroughs.map(({ borough, figures: wards }) => ({
                name: borough.name,
                href: `${boroughUrl(borough)}#crime`,
                comparison: sumTotals(history.months, wards).comparison,
              }))}
            />
            <CrimeAbout lastMonth={last} />
          </>
        )}
      </article>
    </BaseLayout>
  );
}
