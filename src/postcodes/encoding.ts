/*
 * The compact form of one postcode district's lookup (all postcodes whose
 * outward code is, say, NW1), shared by the importer, the build and the
 * find page's script. No Node or DOM imports: it runs in all three.
 *
 * An inward code is a sector digit and two unit letters (7JN), and unit
 * letters come from a 20-letter alphabet, so each sector's postcodes are a
 * 400-bit map (100 hex digits). A second string gives each postcode, in
 * order, its ward as one base-36 digit, an index into `wards`. Neighbouring
 * postcodes mostly share a ward, so that string compresses well too. The
 * largest district, CR0, is about 1 KB gzipped this way.
 */

export interface DistrictLookup<W = string> {
  /** Ward codes (ONS E05…), each once, in order of first appearance; in the built lookup files, what the page shows of each. */
  readonly wards: readonly W[];
  /** Sector digit → 100 hex digits: bit i says whether unit i (AA = 0, AB = 1 … ZZ = 399) exists. */
  readonly units: Readonly<Record<string, string>>;
  /** One base-36 digit per postcode, sector by sector, unit by unit: its index in `wards`. */
  readonly wardOf: string;
}

/** Royal Mail never uses C, I, K, M, O or V in the unit. */
export const UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
const UNITS_PER_SECTOR = UNIT_LETTERS.length ** 2;
const HEX_PER_SECTOR = UNITS_PER_SECTOR / 4;
export const MAX_WARDS_PER_DISTRICT = 36;

/** Where an inward code sits: its sector digit and unit number, or undefined if it cannot be a real one. */
function unitOf(inward: string): { sector: string; unit: number } | undefined {
  if (!/^\d[A-Z]{2}$/.test(inward)) return undefined;
  const first = UNIT_LETTERS.indexOf(inward.charAt(1));
  const second = UNIT_LETTERS.indexOf(inward.charAt(2));
  if (first === -1 || second === -1) return undefined;
  return { sector: inward.charAt(0), unit: first * UNIT_LETTERS.length + second };
}

function hasUnit(hex: string, unit: number): boolean {
  return ((parseInt(hex.charAt(unit >> 2), 16) >> (3 - (unit & 3))) & 1) === 1;
}

/** Encode a district's postcodes, given as inward code → ward code. */
export function encodeDistrict(postcodes: ReadonlyMap<string, string>): DistrictLookup {
  const bits = new Map<string, number[]>();
  for (const inward of postcodes.keys()) {
    const place = unitOf(inward);
    if (!place) throw new Error(`not an inward code: "${inward}"`);
    const sector = bits.get(place.sector) ?? new Array<number>(HEX_PER_SECTOR).fill(0);
    sector[place.unit >> 2] = (sector[place.unit >> 2] as number) | (1 << (3 - (place.unit & 3)));
    bits.set(place.sector, sector);
  }
  const units: Record<string, string> = {};
  for (const sector of [...bits.keys()].sort()) units[sector] = (bits.get(sector) as number[]).map((n) => n.toString(16)).join("");

  const wards: string[] = [];
  const index = new Map<string, number>();
  let wardOf = "";
  // Letters in UNIT_LETTERS are in alphabetical order, so sorted inward codes are in unit order.
  for (const inward of [...postcodes.keys()].sort()) {
    const ward = postcodes.get(inward) as string;
    let i = index.get(ward);
    if (i === undefined) {
      i = wards.length;
      if (i >= MAX_WARDS_PER_DISTRICT) throw new Error(`more than ${MAX_WARDS_PER_DISTRICT} wards in one postcode district`);
      wards.push(ward);
      index.set(ward, i);
    }
    wardOf += i.toString(36);
  }
  return { wards, units, wardOf };
}

/**
 * Where an inward code comes among its district's postcodes (0 for the first),
 * which is also its place in `wardOf` and in the district's positions; undefined
 * if the district does not have it.
 */
export function postcodeIndex(district: Pick<DistrictLookup<unknown>, "units">, inward: string): number | undefined {
  const place = unitOf(inward);
  const hex = place && district.units[place.sector];
  if (!place || hex === undefined || !hasUnit(hex, place.unit)) return undefined;
  // Every set bit before it.
  let position = 0;
  for (const sector of Object.keys(district.units).sort()) {
    const map = district.units[sector] as string;
    const end = sector === place.sector ? place.unit : UNITS_PER_SECTOR;
    for (let unit = 0; unit < end; unit++) if (hasUnit(map, unit)) position++;
    if (sector === place.sector) break;
  }
  return position;
}

/** The ward code of one inward code in a district, or undefined if the district does not have it. */
export function findWard<W>(district: DistrictLookup<W>, inward: string): W | undefined {
  const position = postcodeIndex(district, inward);
  return position === undefined ? undefined : district.wards[parseInt(district.wardOf.charAt(position), 36)];
}

/** Every postcode of a district again, inward code → ward code: the inverse of encodeDistrict. */
export function decodeDistrict(district: DistrictLookup): Map<string, string> {
  const postcodes = new Map<string, string>();
  let position = 0;
  for (const sector of Object.keys(district.units).sort()) {
    const map = district.units[sector] as string;
    for (let unit = 0; unit < UNITS_PER_SECTOR; unit++) {
      if (!hasUnit(map, unit)) continue;
      const ward = district.wards[parseInt(district.wardOf.charAt(position), 36)];
      if (ward === undefined) throw new Error(`no ward for postcode number ${position + 1} of the district`);
      const letters = UNIT_LETTERS.charAt(Math.floor(unit / UNIT_LETTERS.length)) + UNIT_LETTERS.charAt(unit % UNIT_LETTERS.length);
      postcodes.set(sector + letters, ward);
      position++;
    }
  }
  if (position !== district.wardOf.length) throw new Error(`${district.wardOf.length} ward indexes for ${position} postcodes`);
  return postcodes;
}
