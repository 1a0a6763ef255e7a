/** One line of a Netlify `_redirects` file. */
export interface Redirect {
  readonly from: string;
  readonly to: string;
  readonly status: 301 | 302;
}

/** A `_redirects` file: a comment, then one rule a line, aligned so that people can read it. */
export function formatRedirects(redirects: readonly Redirect[], comment: string): string {
  const width = Math.max(0, ...redirects.map((redirect) => redirect.from.length));
  const header = comment
    .split("\n")
    .map((line) => `# ${line}`.trimEnd())
    .join("\n");
  const lines = redirects.map((redirect) => `${redirect.from.padEnd(width)}  ${redirect.to}  ${redirect.status}`);
  return `${header}\n${lines.join("\n")}\n`;
}
