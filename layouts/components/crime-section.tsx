import { allZero, classesForPriorities, classesToShow, classSentence, headline, monthName, wardFigures, withPriorities } from "../../src/crime/figures.ts";
import type { CrimeHistory } from "../../src/crime/history.ts";
import { crimeHistory } from "../../src/crime/load.ts";
import { wardCodeKey } from "../../src/wards/codes.ts";
import type { Ward } from "../../src/wards/schema.ts";
import { CrimeAbout, POLICE_UK_URL } from "./crime-about.tsx";
import { CrimeChart } from "./crime-chart.tsx";

export interface CrimeSectionProps {
  readonly ward: Pick<Ward, "id" | "name" | "borough" | "priorities">;
  /** Defaults to the history this build loaded (src/crime/load.ts). */
  readonly history?: CrimeHistory;
}

/**
 * "Crime in <ward>": recorded crime in the latest 12 months against the 12
 * before, a chart of every month we have, the largest classes and those the
 * team's priorities are about, and what the figures leave out.
 */
export function CrimeSection({ ward, history = crimeHistory() }: CrimeSectionProps) {
  const heading = (
    <h2 class="sn-ward__heading" id="crime">
      Crime in {ward.name}
    </h2>
  );
  const streetLevel = (
    <p>
      For crime street by street, see <a href={POLICE_UK_URL}>police.uk</a>.
    </p>
  );
  const data = history.wards.get(wardCodeKey(ward.id));
  const first = history.months[0];
  const last = history.months.at(-1);
  if (!data || first === undefined || last === undefined) {
    return (
      <section class="sn-ward__section sn-crime">
        {heading}
        <p class="sn-crime__none">
          We have no recorded crime figures for {ward.name}.
        </p>
        {streetLevel}
      </section>
    );
  }
  const open = ward.priorities.filter((p) => p.status !== "resolved").map((p) => p.issue);
  const figures = withPriorities(wardFigures(history.months, data.classes), classesForPriorities(open));
  if (allZero(figures.totals)) {
    return (
      <section class="sn-ward__section sn-crime">
        {heading}
        <p class="sn-crime__none">
          No crimes were recorded in {ward.name} from {monthName(first)} to {monthName(last)}.
        </p>
        <CrimeAbout lastMonth={last} />
      </section>
    );
  }
  const shown = classesToShow(figures.classes);
  return (
    <section class="sn-ward__section sn-crime">
      {heading}
      <p class="sn-crime__headline">{headline(ward.name, figures.comparison, last, history.months.length)}</p>
      <CrimeChart id="crime-chart" place={ward.name} months={history.months} values={figures.totals} />
      {shown.length > 0 && (
        <>
          <h3 class="sn-crime__subheading">Types of crime</h3>
          <ul class="sn-crime__classes">
            {shown.map((figure) => (
              <li class="sn-crime__class">
                <strong>{figure.label}</strong>
                {figure.priority && " (a local priority)"}: {classSentence(figure)}
              </li>
            ))}
          </ul>
        </>
      )}
      <CrimeAbout lastMonth={last} />
    </section>
  );
}
