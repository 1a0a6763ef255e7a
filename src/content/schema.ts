import { z } from "zod";

/*
 * The building blocks every content schema is made of (ward YAML, FAQ and
 * page front matter), so that every content file gets the same kind of
 * message: what was expected, and what was found. Authors read these in a
 * terminal, not in the schema.
 */

/** One thing wrong in a parsed file, at the path of the field concerned. */
export interface ContentIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  /** The key itself is the mistake (a misspelt field), so point at the key, not its value. */
  readonly unknownField?: boolean;
}

export type Validation<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly issues: readonly ContentIssue[] };

/** Marks the issues of fields()'s unknown keys, so validate() can tell them from other custom issues. */
const UNKNOWN_FIELD = "unknownField";

/** Check a parsed value against a schema; every problem at once, each unknown key as its own issue, at the key. */
export function validate<S extends z.ZodType>(schema: S, value: unknown): Validation<z.output<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) =>
      issue.code === "custom" && issue.params?.[UNKNOWN_FIELD] === true
        ? { path: issue.path, message: issue.message, unknownField: true }
        : { path: issue.path, message: issue.message },
    ),
  };
}

/** How a wrong value reads in a message: `"pc"`, `the number 5`, `a list`. */
export function describeValue(input: unknown): string {
  if (input === undefined || input === null) return "nothing";
  if (typeof input === "string") {
    if (input.trim() === "") return "an empty string";
    return JSON.stringify(input.length > 60 ? `${input.slice(0, 57)}...` : input);
  }
  if (typeof input === "number") return `the number ${input}`;
  if (typeof input === "boolean") return String(input);
  if (Array.isArray(input)) return "a list";
  return "a set of fields";
}

/** A zod error function: `missing: expected …`, or `expected …, got …`. */
export function expected(what: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? `missing: expected ${what}` : `expected ${what}, got ${describeValue(issue.input)}`;
}

/** Trimmed text that is not empty and not too long. */
export function text(what: string, max: number) {
  return z
    .string({ error: expected(what) })
    .trim()
    .min(1, { error: `expected ${what}, got an empty string` })
    .max(max, { error: (issue) => `expected ${what} of at most ${max} characters, got ${String(issue.input).length}` });
}

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: expected(`one of ${values.join(", ")}`) });
}

export function list<T extends z.ZodType>(item: T, what: string) {
  return z.array(item, { error: expected(`a list of ${what} (write [] for none)`) });
}

/**
 * An object that rejects misspelt field names instead of silently ignoring
 * them. Each unknown key fails on its own, at its own path, so the author is
 * pointed at the typo's line with a suggestion (zod's strict objects report all
 * unknown keys as one issue at the enclosing object).
 */
export function fields<S extends z.core.$ZodLooseShape>(shape: S, what: string): z.ZodObject<S, z.core.$strict> {
  const known = Object.keys(shape);
  const unknownField = z.custom<never>(() => false, {
    params: { [UNKNOWN_FIELD]: true },
    error: (issue) => unknownFieldMessage(String(issue.path?.at(-1) ?? ""), known, what),
  });
  // The catchall never passes, so no unknown key reaches the output: to TypeScript it is the strict object it acts as.
  return z.object(shape, { error: expected(what) }).catchall(unknownField) as unknown as z.ZodObject<S, z.core.$strict>;
}

export function unknownFieldMessage(key: string, known: readonly string[], what: string): string {
  const guess = closest(key, known);
  return `unknown field "${key}"${guess ? ` (did you mean "${guess}"?)` : ""}; ${what} can have ${known.join(", ")}`;
}

/** Runs a cross-field rule even when other fields failed, so an author sees every mistake in one go. */
export const whenObject = {
  when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null,
};

/** Closest known name within two edits, to suggest a fix for a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance: insertions, deletions and substitutions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
