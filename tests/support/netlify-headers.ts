import { parse } from "smol-toml";

/** One `[[headers]]` table of netlify.toml. */
export interface HeaderRule {
  readonly for: string;
  readonly values: Readonly<Record<string, string>>;
}

/**
 * What Netlify sends as Cache-Control for a file that no rule gives one:
 * browsers revalidate every time, and the CDN keeps the file until the next
 * deploy. HTML relies on this, because no path glob covers "every page but
 * not the assets" without overlapping the assets' own rule.
 */
export const NETLIFY_DEFAULT_CACHE_CONTROL = "public, max-age=0, must-revalidate";

export class NetlifyConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "NetlifyConfigError";
  }
}

/**
 * The `[[headers]]` rules of a netlify.toml, with values normalised as
 * Netlify does: trimmed, lists and comma-separated parts joined with ", ".
 */
export function parseNetlifyHeaders(toml: string): HeaderRule[] {
  const config = parse(toml) as { headers?: unknown };
  if (config.headers === undefined) return [];
  if (!Array.isArray(config.headers)) throw new NetlifyConfigError("headers must be a list of [[headers]] tables");
  return config.headers.map((table: unknown, i) => {
    const { for: forPath, values } = (table ?? {}) as { for?: unknown; values?: unknown };
    if (typeof forPath !== "string" || !forPath.startsWith("/")) {
      throw new NetlifyConfigError(`headers[${i}].for must be a path starting with /, got ${JSON.stringify(forPath)}`);
    }
    if (typeof values !== "object" || values === null || Array.isArray(values)) {
      throw new NetlifyConfigError(`headers[${i}] (${forPath}) has no [headers.values] table`);
    }
    const normalised: Record<string, string> = {};
    for (const [name, value] of Object.entries(values)) {
      normalised[name.trim()] = normaliseValue(`headers[${i}].values.${name}`, value);
    }
    return { for: forPath.trim(), values: normalised };
  });
}

function normaliseValue(where: string, value: unknown): string {
  if (typeof value === "string") return value.trim().split(/\s*,\s*/).join(", ");
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) {
    return value.map((item: string) => item.trim()).join(", ");
  }
  throw new NetlifyConfigError(`${where} must be a string, got ${JSON.stringify(value)}`);
}

/**
 * Netlify's matching for a `for` path, as in @netlify/headers-parser: `*`
 * alone is the rest of the path, slashes included; `*` inside a segment
 * matches any characters (and, as there, the rest of that segment is used as
 * a regular expression, so `.` is any character); `:name` is one segment; a
 * trailing slash is optional; case is ignored.
 */
export function forPathPattern(forPath: string): RegExp {
  const parts = forPath
    .split("/")
    .map((part) => part.trimEnd())
    .filter(Boolean)
    .map((part) => {
      if (part.startsWith(":")) return "([^/]+)";
      if (part === "*") return "?(.*)";
      if (part.includes("*")) return part.replaceAll("*", "(.*)");
      return escapeRegExp(part);
    });
  return new RegExp(`^/${parts.join("/")}/?$`, "iu");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function matchingRules(rules: readonly HeaderRule[], urlPath: string): HeaderRule[] {
  return rules.filter((rule) => forPathPattern(rule.for).test(urlPath));
}

/**
 * The headers Netlify sends for a path: every matching rule's values, later
 * rules winning, and Netlify's default Cache-Control where no rule sets one.
 */
export function headersForPath(rules: readonly HeaderRule[], urlPath: string): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const rule of matchingRules(rules, urlPath)) {
    for (const [name, value] of Object.entries(rule.values)) {
      const existing = Object.keys(merged).find((key) => key.toLowerCase() === name.toLowerCase());
      if (existing !== undefined) delete merged[existing];
      merged[name] = value;
    }
  }
  if (!Object.keys(merged).some((name) => name.toLowerCase() === "cache-control")) {
    merged["Cache-Control"] = NETLIFY_DEFAULT_CACHE_CONTROL;
  }
  return merged;
}

/**
 * Header names that more than one matching rule sets for this path. Netlify
 * documents no order between overlapping rules (it may join the values), so
 * our rules must never overlap on a header.
 */
export function overlappingHeaders(rules: readonly HeaderRule[], urlPath: string): string[] {
  const seen = new Map<string, number>();
  for (const rule of matchingRules(rules, urlPath)) {
    for (const name of Object.keys(rule.values)) {
      const key = name.toLowerCase();
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
  }
  return [...seen].filter(([, count]) => count > 1).map(([name]) => name);
}

/** The header, looked up without regard to case. */
export function headerValue(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}
