/**
 * The Content-Security-Policy that netlify.toml sets, a multi-line TOML string
 * whose lines end in a backslash. Read with a pattern, not a TOML parser: this
 * runs in every build, and the only TOML parser here is a development dependency.
 */
export function netlifyCsp(toml: string): string | undefined {
  const value = /Content-Security-Policy\s*=\s*"""([\s\S]*?)"""/.exec(toml)?.[1];
  return value?.replace(/\\\s*\n\s*/g, "").replace(/\s+/g, " ").trim();
}
