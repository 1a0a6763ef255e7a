import type { ContentProblem } from "../content/problems.ts";
import { wardCodeKey } from "./codes.ts";
import type { WardEntry } from "./files.ts";
import type { Ward } from "./schema.ts";

export interface CheckOptions {
  /** Where ward files live, as shown to authors; names the file of whole-data-set warnings. */
  readonly wardsDir?: string;
  /**
   * Codes of wards whose files failed validation. A neighbour pointing at one
   * of them is not reported as missing: the author is already fixing that file.
   */
  readonly knownCodes?: Iterable<string>;
}

/**
 * Rules that need more than one file. Pure, so it is tested without a disk.
 * Problems here have no line: the loader adds them by re-reading only the
 * files concerned, which keeps the common (valid) path free of that cost.
 */
export function checkWards(
  entries: readonly WardEntry[],
  options: CheckOptions = {},
): { problems: ContentProblem[]; warnings: ContentProblem[] } {
  const wardsDir = options.wardsDir ?? "content/wards";
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const byFile = [...entries].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  // Duplicates: the first file (by path) keeps the code or slug; every later one is reported.
  const firstByCode = new Map<string, WardEntry>();
  const firstBySlug = new Map<string, WardEntry>();
  for (const entry of byFile) {
    const { ward, file } = entry;
    const code = firstByCode.get(wardCodeKey(ward.id));
    if (code) {
      problems.push({ file, field: "id", message: `ward code ${ward.id} is also used by ${code.file}; each ward has one file` });
    } else {
      firstByCode.set(wardCodeKey(ward.id), entry);
    }
    const slugKey = `${ward.borough.slug}/${ward.slug}`;
    const slug = firstBySlug.get(slugKey);
    if (slug) {
      problems.push({
        file,
        field: "slug",
        message: `${slugKey} is also used by ${slug.file}; two wards would share one page address`,
      });
    } else {
      firstBySlug.set(slugKey, entry);
    }
    problems.push(...checkPath(entry));
  }

  problems.push(...checkBoroughNames(byFile));

  const known = new Set([...firstByCode.keys(), ...[...(options.knownCodes ?? [])].map(wardCodeKey)]);
  for (const { ward, file } of byFile) {
    ward.neighbours.forEach((code, i) => {
      if (!known.has(wardCodeKey(code))) {
        problems.push({ file, field: `neighbours[${i}]`, message: `no ward in ${wardsDir} has the code ${code}; expected the code of another ward` });
      }
    });
    ward.team.forEach((member, i) => {
      member.also_covers?.forEach((code, j) => {
        const field = `team[${i}].also_covers[${j}]`;
        const other = firstByCode.get(wardCodeKey(code));
        if (!other) {
          if (!known.has(wardCodeKey(code))) {
            problems.push({ file, field, message: `no ward in ${wardsDir} has the code ${code}; expected the code of another ward` });
          }
        } else if (!teamNames(other.ward).has(nameKey(member.name))) {
          warnings.push({
            file,
            field,
            message: `${member.name} covers ${other.ward.name} (${code}) by this file, but ${other.file} does not list them in its team`,
          });
        }
      });
    });
  }

  return { problems, warnings };
}

function checkPath({ file, ward }: WardEntry): ContentProblem[] {
  const parts = file.split("/");
  const name = parts.at(-1) ?? "";
  const folder = parts.at(-2) ?? "";
  const expected = [...parts.slice(0, -2), ward.borough.slug, `${ward.slug}.yaml`].join("/");
  const problems: ContentProblem[] = [];
  if (folder !== ward.borough.slug) {
    problems.push({
      file,
      field: "borough.slug",
      message: `the file is in the folder "${folder}" but borough.slug is "${ward.borough.slug}"; expected the file at ${expected}`,
    });
  }
  if (name !== `${ward.slug}.yaml`) {
    problems.push({
      file,
      field: "slug",
      message: `the file is named "${name}" but slug is "${ward.slug}"; expected the file at ${expected}`,
    });
  }
  return problems;
}

/** One borough, one name, one code: a typo in either would split a borough's listing in two. */
function checkBoroughNames(entries: readonly WardEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const check = (key: (entry: WardEntry) => string, value: (entry: WardEntry) => string, field: string, describe: (k: string) => string) => {
    const groups = new Map<string, Map<string, WardEntry[]>>();
    for (const entry of entries) {
      let values = groups.get(key(entry));
      if (!values) groups.set(key(entry), (values = new Map()));
      let files = values.get(value(entry));
      if (!files) values.set(value(entry), (files = []));
      files.push(entry);
    }
    for (const [k, values] of groups) {
      if (values.size < 2) continue;
      // The most common spelling is taken to be right; the others are reported.
      const ranked = [...values].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
      const [majorityValue, majorityFiles] = ranked[0] ?? ["", []];
      for (const [wrong, files] of ranked.slice(1)) {
        for (const entry of files) {
          problems.push({
            file: entry.file,
            field,
            message: `${describe(k)} is "${wrong}" here but "${majorityValue}" in ${majorityFiles.length} other file${majorityFiles.length === 1 ? "" : "s"} (e.g. ${majorityFiles[0]?.file}); expected "${majorityValue}"`,
          });
        }
      }
    }
  };
  check((e) => e.ward.borough.code, (e) => e.ward.borough.name, "borough.name", (code) => `the name of borough ${code}`);
  check((e) => e.ward.borough.name, (e) => e.ward.borough.code, "borough.code", (name) => `the code of borough "${name}"`);
  return problems;
}

/** People are matched across files by name, ignoring case and spacing. */
function nameKey(name: string): string {
  return name.replace(/\s+/g, " ").trim().toLowerCase();
}

const teamNameCache = new WeakMap<Ward, Set<string>>();

function teamNames(ward: Ward): Set<string> {
  let names = teamNameCache.get(ward);
  if (!names) teamNameCache.set(ward, (names = new Set(ward.team.map((member) => nameKey(member.name)))));
  return names;
}
