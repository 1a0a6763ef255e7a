import { BASE_TYPE_LABELS } from "../../src/wards/labels.ts";
import type { Base } from "../../src/wards/schema.ts";

export interface LocationListProps {
  readonly locations: readonly Base[];
}

/** Street address, one part a line, then the postcode on its own line. */
function AddressLines({ location }: { readonly location: Base }) {
  const lines = location.address
    .split(",")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  return (
    <address class="sn-location__address">
      {lines.map((line, i) => (
        <span class="sn-location__line" key={i}>
          {line}
          <br />
        </span>
      ))}
      <span class="sn-location__postcode">{location.postcode}</span>
    </address>
  );
}

/**
 * Where the team is based: each place as an h3 (callers put this under an h2)
 * with its type, address, opening hours and whether it has a front counter.
 */
export function LocationList({ locations }: LocationListProps) {
  if (locations.length === 0) {
    return <p class="sn-location-list__empty">The team does not have a public base listed yet.</p>;
  }
  return (
    <ul class="sn-location-list">
      {locations.map((location, i) => (
        <li class="sn-location" key={`${location.name}-${i}`}>
          <h3 class="sn-location__name">{location.name}</h3>
          <dl class="sn-summary-list sn-location__details">
            <div class="sn-summary-list__row">
              <dt class="sn-summary-list__key">Type</dt>
              <dd class="sn-summary-list__value">{BASE_TYPE_LABELS[location.type]}</dd>
            </div>
            <div class="sn-summary-list__row">
              <dt class="sn-summary-list__key">Address</dt>
              <dd class="sn-summary-list__value">
                <AddressLines location={location} />
              </dd>
            </div>
            {location.opening_hours !== undefined && (
              <div class="sn-summary-list__row">
                <dt class="sn-summary-list__key">Opening hours</dt>
                <dd class="sn-summary-list__value">{location.opening_hours}</dd>
              </div>
            )}
            <div class="sn-summary-list__row">
              <dt class="sn-summary-list__key">Public front counter</dt>
              <dd class="sn-summary-list__value">
                {location.front_counter
                  ? "Yes, you can visit the front counter in person"
                  : "No, there is no public front counter here"}
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
