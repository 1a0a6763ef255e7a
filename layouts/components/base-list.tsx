import { BASE_TYPE_LABELS } from "../../src/wards/labels.ts";
import type { Base } from "../../src/wards/schema.ts";

export interface BaseListProps {
  /** The ward file's `locations` (data.police.uk's word); in code, a base. */
  readonly bases: readonly Base[];
}

/** Street address, one part a line, then the postcode on its own line. */
function AddressLines({ base }: { readonly base: Base }) {
  const lines = base.address
    .split(",")
    .map((line) => line.trim())
    .filter((line) => line !== "");
  return (
    <address class="sn-base__address">
      {lines.map((line, i) => (
        <span class="sn-base__line" key={i}>
          {line}
          <br />
        </span>
      ))}
      <span class="sn-base__postcode">{base.postcode}</span>
    </address>
  );
}

/**
 * Where the team is based: each place as an h3 (callers put this under an h2)
 * with its type, address, opening hours and whether it has a front counter.
 */
export function BaseList({ bases }: BaseListProps) {
  if (bases.length === 0) {
    return <p class="sn-base-list__empty">The team does not have a public base listed yet.</p>;
  }
  return (
    <ul class="sn-base-list">
      {bases.map((base, i) => (
        <li class="sn-base" key={`${base.name}-${i}`}>
          <h3 class="sn-base__name">{base.name}</h3>
          <dl class="sn-summary-list sn-base__details">
            <div class="sn-summary-list__row">
              <dt class="sn-summary-list__key">Type</dt>
              <dd class="sn-summary-list__value">{BASE_TYPE_LABELS[base.type]}</dd>
            </div>
            <div class="sn-summary-list__row">
              <dt class="sn-summary-list__key">Address</dt>
              <dd class="sn-summary-list__value">
                <AddressLines base={base} />
              </dd>
            </div>
            {base.opening_hours !== undefined && (
              <div class="sn-summary-list__row">
                <dt class="sn-summary-list__key">Opening hours</dt>
                <dd class="sn-summary-list__value">{base.opening_hours}</dd>
              </div>
            )}
            <div class="sn-summary-list__row">
              <dt class="sn-summary-list__key">Public front counter</dt>
              <dd class="sn-summary-list__value">
                {base.front_counter
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
