import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { stringifyWard } from "../../../src/wards/import.ts";
import { validateWard, type Ward, type WardInput } from "../../../src/wards/schema.ts";
import { slugify } from "../../../src/markdown/markdown.ts";

export const BOROUGHS = {
  camden: { code: "E09000007", name: "Camden", slug: "camden" },
  westminster: { code: "E09000033", name: "Westminster", slug: "westminster" },
} as const;

type Member = WardInput["team"][number];

/** A minimal valid ward with a dedicated officer and PCSO (so no vacancy warning). */
export function wardInput(
  id: string,
  name: string,
  borough: keyof typeof BOROUGHS = "camden",
  extra: Partial<WardInput> & { extraTeam?: Member[] } = {},
): WardInput {
  const { extraTeam = [], ...rest } = extra;
  return {
    id,
    name,
    slug: slugify(name),
    borough: { ...BOROUGHS[borough] },
    description: `The team for ${name}.`,
    team: [
      { name: `Officer ${name}`, role: "dedicated-officer", rank: "PC" },
      { name: `PCSO ${name}`, role: "dedicated-pcso", rank: "PCSO" },
      ...extraTeam,
    ],
    locations: [],
    contact_details: {},
    priorities: [],
    events: [],
    neighbours: [],
    last_reviewed: "2026-11-20",
    ...rest,
  };
}

export function toWard(input: WardInput): Ward {
  const result = validateWard(input);
  if (!result.ok) throw new Error(`test ward is invalid: ${JSON.stringify(result.issues)}`);
  return result.ward;
}

/** A temporary project: returns its root; wards go in <root>/content/wards. */
export function tempProject(): string {
  return mkdtempSync(path.join(tmpdir(), "wards-test-"));
}

/** Write a ward where it belongs (or at `relativeFile` under the project root) and return the path shown to authors. */
export function writeWard(root: string, input: WardInput, relativeFile?: string): string {
  const file = relativeFile ?? `content/wards/${input.borough.slug}/${input.slug}.yaml`;
  const absolute = path.join(root, file);
  mkdirSync(path.dirname(absolute), { recursive: true });
  writeFileSync(absolute, stringifyWard(input, "Test ward."));
  return file;
}

/** The 1-based line of the first line of `file` containing `text`. */
export function lineOf(file: string, text: string): number {
  const index = readFileSync(file, "utf8")
    .split("\n")
    .findIndex((line) => line.includes(text));
  if (index === -1) throw new Error(`${text} is not in ${file}`);
  return index + 1;
}
