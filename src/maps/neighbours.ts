import type { ContentProblem } from "../content/problems.ts";
import { wardCodeKey } from "../wards/codes.ts";
import type { Ward } from "../wards/schema.ts";
import type { AreaMaps } from "./area-maps.ts";


/** Emitted by the wards plugin with every loaded ward, so the boundaries can be checked against them. */
export const WARDS_LOADED_EVENT = "safer-neighbourhoods:wards-loaded";

/**
 * A warning for each ward file whose `neighbours` list differs from the wards
 * its boundary touches. An empty list is not checked: the page shows the
 * neighbours from the boundaries, so an author need not write them. Only wards
 * with a file are expected in the list, as the loader rejects any other code
 * (the City's wards never have one).
 */
export function neighbourWarnings(
  wards: readonly Ward[],
  boundaries: Pick<AreaMaps, "neighbourCodes" | "wardName">,
  wardsDir: string,
): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  const withFiles = new Set(wards.map((ward) => wardCodeKey(ward.id)));
  for (const ward of wards) {
    if (ward.neighbours.length === 0) continue;
    const code = wardCodeKey(ward.id);
    const fromBoundaries = boundaries.neighbourCodes(code);
    if (!fromBoundaries) continue;
    const expected = new Set(fromBoundaries.filter((other) => withFiles.has(other)));
    const listed = new Set(ward.neighbours.map(wardCodeKey));
    const missing = [...expected].filter((other) => !listed.has(other));
    const extra = [...listed].filter((other) => !expected.has(other));
    if (missing.length === 0 && extra.length === 0) continue;
    const name = (other: string) => `${other}${boundaries.wardName(other) ? ` ${boundaries.wardName(other)}` : ""}`;
    const parts = [
      missing.length > 0 ? `add ${missing.map(name).join(", ")}` : "",
      extra.length > 0 ? `remove ${extra.map(name).join(", ")} (no shared border)` : "",
    ].filter(Boolean);
    warnings.push({
      file: `${wardsDir}/${ward.borough.slug}/${ward.slug}.yaml`,
      field: "neighbours",
      message: `differs from the ward boundaries: ${parts.join("; ")}. Pages show the neighbours from the boundaries`,
    });
  }
  return warnings;
}
