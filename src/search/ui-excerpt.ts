/**
 * Pagefind's excerpts are HTML: the page's text with `<` and `>` written as
 * `&lt;` and `&gt;`, and each matching word wrapped in `<mark>…</mark>`.
 * Rather than trust that string as markup (innerHTML), the search page turns
 * it into plain text segments, each marked or not, and builds text nodes and
 * <mark> elements from them. Any other tag-like text stays text.
 */

export interface ExcerptSegment {
  readonly text: string;
  /** True for words that match the search, which Pagefind wrapped in <mark>. */
  readonly marked: boolean;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

/**
 * Decode the character references Pagefind (or an older Pagefind, which
 * escaped more) can put in an excerpt: the named ones above and numeric ones.
 * One pass, so `&amp;lt;` becomes the text `&lt;`, not `<`. Anything else,
 * including a bare `&`, is left as it is.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/g, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED_ENTITIES[name] ?? whole;
    const code = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? "", 16);
    // No NUL, surrogate halves or numbers beyond Unicode: the HTML standard replaces those too.
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
    return String.fromCodePoint(code);
  });
}

/**
 * Split an excerpt at Pagefind's `<mark>` and `</mark>` tags into decoded
 * text segments. Pagefind marks whole space-separated words, punctuation
 * and all ("Weavers,"); the punctuation at either end of a marked word is
 * left unmarked. Adjacent segments with the same marking are joined, empty
 * ones dropped. A `<mark>` left open marks the rest of the excerpt; a stray
 * `</mark>` is ignored.
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  const append = (text: string, marked: boolean) => {
    if (!text) return;
    const last = segments.at(-1);
    if (last && last.marked === marked) segments[segments.length - 1] = { text: last.text + text, marked };
    else segments.push({ text, marked });
  };
  const push = (raw: string, marked: boolean) => {
    const text = decodeEntities(raw);
    if (!marked) return append(text, false);
    const [, before = "", word = "", after = ""] = /^(\p{P}*)(.*?)(\p{P}*)$/su.exec(text) ?? [];
    append(before, false);
    append(word, true);
    append(after, false);
  };
  let marked = false;
  let from = 0;
  for (const tag of excerpt.matchAll(/<(\/?)mark>/gi)) {
    push(excerpt.slice(from, tag.index), marked);
    marked = tag[1] !== "/";
    from = tag.index + tag[0].length;
  }
  push(excerpt.slice(from), marked);
  return segments;
}
