/** Small helpers for asserting on rendered HTML without a DOM. */

/** Heading levels in document order: [1, 2, 3, 2, ...]. */
export function headingLevels(html: string): number[] {
  return [...html.matchAll(/<h([1-6])[\s>]/g)].map((match) => Number(match[1]));
}

/** The first heading level that jumps more than one level down, or undefined. */
export function skippedHeading(levels: readonly number[]): string | undefined {
  for (let i = 1; i < levels.length; i++) {
    const previous = levels[i - 1] ?? 1;
    const current = levels[i] ?? 1;
    if (current > previous + 1) return `h${previous} is followed by h${current} (heading ${i + 1})`;
  }
  return undefined;
}

/** Text content, with tags removed and whitespace collapsed; entities are left as written. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .replace(/ ([.,:;])/g, "$1")
    .trim();
}

/** The HTML of the <section> holding the element with this id (sections here do not nest). */
export function sectionWithHeading(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  if (start === -1) throw new Error(`no element with id="${id}"`);
  const sectionStart = html.lastIndexOf("<section", start);
  const sectionEnd = html.indexOf("</section>", start);
  if (sectionStart === -1 || sectionEnd === -1) throw new Error(`id="${id}" is not inside a <section>`);
  return html.slice(sectionStart, sectionEnd + "</section>".length);
}
