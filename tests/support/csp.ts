/** A Content-Security-Policy as directive name → source list, names in lower case. */
export type ContentSecurityPolicy = ReadonlyMap<string, readonly string[]>;

export function parseCsp(header: string): ContentSecurityPolicy {
  const policy = new Map<string, string[]>();
  for (const directive of header.split(";")) {
    const [name, ...sources] = directive.trim().split(/\s+/).filter(Boolean);
    // Browsers ignore a repeated directive; so do we, so that this reads the policy they enforce.
    if (name !== undefined && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

// A scheme alone allows every host on it: as broad as `*` for an attacker who can host a file anywhere.
const SCHEME_ONLY = /^[a-z][a-z0-9+.-]*:$/i;

/**
 * Sources that would let injected code run or load from anywhere:
 * 'unsafe-inline', 'unsafe-eval', `*`, host wildcards and bare schemes.
 * Each problem is "directive: source".
 */
export function unsafeSources(policy: ContentSecurityPolicy): string[] {
  const problems: string[] = [];
  for (const [directive, sources] of policy) {
    for (const source of sources) {
      const lower = source.toLowerCase();
      if (lower === "'unsafe-inline'" || lower === "'unsafe-eval'" || lower === "'unsafe-hashes'") {
        problems.push(`${directive}: ${source}`);
      } else if (source.includes("*") || SCHEME_ONLY.test(source)) {
        problems.push(`${directive}: ${source} (wildcard)`);
      }
    }
  }
  return problems;
}

const FETCH_DIRECTIVE_FALLBACKS: Readonly<Record<string, readonly string[]>> = {
  "script-src": [],
  "style-src": [],
  "img-src": [],
  "connect-src": [],
  "font-src": [],
  "worker-src": ["child-src", "script-src"],
  "child-src": [],
  "frame-src": ["child-src"],
  "manifest-src": [],
  "media-src": [],
  "object-src": [],
};

/** The sources a fetch directive really gets, following CSP3's fallbacks to default-src. */
export function effectiveSources(policy: ContentSecurityPolicy, directive: string): readonly string[] | undefined {
  const chain = [directive, ...(FETCH_DIRECTIVE_FALLBACKS[directive] ?? []), "default-src"];
  for (const name of chain) {
    const sources = policy.get(name);
    if (sources) return sources;
  }
  return undefined;
}
