import { POSTCODE_ATTRIBUTION } from "../../src/postcodes/attribution.ts";

/** The licence statement the postcode data's terms ask for wherever it is used. */
export function PostcodeAttribution() {
  return (
    <p class="sn-attribution">
      {POSTCODE_ATTRIBUTION} Licensed under the{" "}
      <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">Open Government Licence v3.0</a>.{" "}
      <a href="/about-our-data/">About our data</a>
    </p>
  );
}
