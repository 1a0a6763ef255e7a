import type { Redirect } from "../../src/redirects/netlify-redirects.ts";

/*
 * Reading a `_redirects` file, and following it as Netlify would: the tests' side of
 * src/redirects/netlify-redirects.ts, which writes it.
 */

/** The simple rules formatRedirects writes: `from to status`; comments and blank lines are skipped. */
export function parseRedirects(text: string): Redirect[] {
  const redirects: Redirect[] = [];
  for (const [i, raw] of text.split("\n").entries()) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const [from, to, status, ...rest] = line.split(/\s+/);
    if (from === undefined || to === undefined || (status !== "301" && status !== "302") || rest.length > 0) {
      throw new Error(`_redirects line ${i + 1}: expected "from to 301", got "${line}"`);
    }
    redirects.push({ from, to, status: Number(status) as 301 | 302 });
  }
  return redirects;
}

/** Netlify treats `/a/b` and `/a/b/` as the same path when it matches a rule. */
function withoutTrailingSlash(urlPath: string): string {
  return urlPath.length > 1 ? urlPath.replace(/\/+$/, "") : urlPath;
}

/** The rule Netlify would follow for a path that has no file: the first whose `from` matches. */
export function findRedirect(redirects: readonly Redirect[], urlPath: string): Redirect | undefined {
  const wanted = withoutTrailingSlash(urlPath);
  return redirects.find((redirect) => withoutTrailingSlash(redirect.from) === wanted);
}
