import { slugify } from "../../src/markdown/markdown.ts";
import { validateWard, type Ward, type WardInput } from "../../src/wards/schema.ts";

/*
 * The one way tests build ward data: a minimal valid ward, changed by each
 * test where it matters. Wards are checked by the real schema, so test data
 * cannot drift from what authors must write.
 */

export const BOROUGHS = {
  camden: { code: "E09000007", name: "Camden", slug: "camden" },
  westminster: { code: "E09000033", name: "Westminster", slug: "westminster" },
} as const;

export type TestBorough = keyof typeof BOROUGHS;
type Member = WardInput["team"][number];

/** A dedicated officer and PCSO, so the ward has no vacancy warning. */
export function dedicatedTeam(name: string): Member[] {
  return [
    { name: `Officer ${name}`, role: "dedicated-officer", rank: "PC" },
    { name: `PCSO ${name}`, role: "dedicated-pcso", rank: "PCSO" },
  ];
}

/** A minimal valid ward as an author writes it; `extraTeam` joins its dedicated officer and PCSO. */
export function wardInput(
  id: string,
  name: string,
  borough: TestBorough = "camden",
  extra: Partial<WardInput> & { extraTeam?: Member[] } = {},
): WardInput {
  const { extraTeam = [], ...rest } = extra;
  return {
    id,
    name,
    slug: slugify(name),
    borough: { ...BOROUGHS[borough] },
    description: `The team for ${name}.`,
    team: [...dedicatedTeam(name), ...extraTeam],
    locations: [],
    contact_details: {},
    priorities: [],
    events: [],
    neighbours: [],
    last_reviewed: "2026-11-20",
    ...rest,
  };
}

/** A ward as the loader returns it, validated by the real schema. */
export function toWard(input: WardInput): Ward {
  const result = validateWard(input);
  if (!result.ok) throw new Error(`test ward is invalid: ${JSON.stringify(result.issues)}`);
  return result.ward;
}

/** wardInput, validated. */
export function testWard(id: string, name: string, borough: TestBorough = "camden", extra: Parameters<typeof wardInput>[3] = {}): Ward {
  return toWard(wardInput(id, name, borough, extra));
}
