import { monthName } from "../../src/crime/figures.ts";

export interface CrimeAboutProps {
  /** The last month of figures, `YYYY-MM`. */
  readonly lastMonth: string;
}

export const POLICE_UK_URL = "https://www.police.uk/";
export const OGL_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
export const DATASTORE_URL = "https://data.london.gov.uk/dataset/recorded_crime_summary";
export const CRIME_FAQ_URL = "/faq/how-we-know-it-works/";

/**
 * What the figures are, what they leave out, and where they come from, with
 * the attribution the Open Government Licence asks for. The same words on
 * every page with a crime chart.
 */
export function CrimeAbout({ lastMonth }: CrimeAboutProps) {
  return (
    <div class="sn-crime-about">
      <h3 class="sn-crime-about__heading">About these figures</h3>
      <p>
        These are crimes recorded by the Metropolitan Police. They do not include
        anti-social behaviour, crimes that were not reported to the police, or the few crimes the police could not
        place in a ward. Recent months can be revised as crimes are reclassified. In February 2024 the Met moved to a new
        recording system; the totals carry on across the change.
      </p>
      <p>
        A rise or fall in recorded crime can have many causes, such as more reporting or more police activity, so these
        figures alone do not show whether the team’s work made a difference.{" "}
        <a href={CRIME_FAQ_URL}>How to read these figures</a>.
      </p>
      <p>
        For crime street by street, see <a href={POLICE_UK_URL}>police.uk</a>.
      </p>
      <p class="sn-crime-about__source">
        Source: Metropolitan Police Service,{" "}
        <a href={DATASTORE_URL}>MPS Recorded Crime: Geographic Breakdown</a>, London Datastore, figures to{" "}
        {monthName(lastMonth)}. Contains public sector information licensed under the{" "}
        <a href={OGL_URL}>Open Government Licence</a>.
      </p>
    </div>
  );
}
