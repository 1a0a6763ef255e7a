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

/** Look this far into an excerpt for the start of a sentence to begin at. */
const SENTENCE_START_WITHIN = 120;

/**
 * An excerpt that begins and ends where a reader expects. Pagefind cuts a
 * window of words around the matches, which can begin in the middle of a
 * sentence or a name ("South, ward in Camden."). When the window does not
 * begin where the page's text does, it is made to begin at the next sentence,
 * if one begins before the first match and soon enough; otherwise it is shown
 * to begin part-way, with an ellipsis. An excerpt that stops short of the end
 * of the text ends with an ellipsis too.
 *
 * @param content the page's whole text (Pagefind's `content`), to tell where the excerpt sits in it
 */
export function tidyExcerpt(segments: readonly ExcerptSegment[], content: string): ExcerptSegment[] {
  const text = segments.map((segment) => segment.text).join("");
  if (text.trim() === "") return [];
  const flat = (value: string) => value.replace(/\s+/g, " ").trim();
  const whole = flat(content);
  const atStart = whole.startsWith(flat(text));
  const atEnd = whole.endsWith(flat(text));
  let out = [...segments];

  if (!atStart) {
    const firstMark = out.findIndex((segment) => segment.marked);
    const lead = out.slice(0, firstMark === -1 ? out.length : firstMark);
    const leadText = lead.map((segment) => segment.text).join("");
    const boundary = /[.!?:]\s+(?=\p{Lu}|\p{N})/u.exec(leadText.slice(0, SENTENCE_START_WITHIN));
    if (boundary) out = dropChars(out, boundary.index + boundary[0].length);
    else out = [{ text: "…", marked: false }, ...dropChars(out, leadingSpace(out))];
  }
  if (!atEnd && !/[.!?]\s*$/.test(out.at(-1)?.text ?? "")) out.push({ text: "…", marked: false });
  return out;
}

function leadingSpace(segments: readonly ExcerptSegment[]): number {
  return /^\s*/.exec(segments[0]?.text ?? "")?.[0].length ?? 0;
}

/** The segments without their first `count` characters. */
function dropChars(segments: readonly ExcerptSegment[], count: number): ExcerptSegment[] {
  const out: ExcerptSegment[] = [];
  let left = count;
  for (const segment of segments) {
    if (left >= segment.text.length) {
      left -= segment.text.length;
      continue;
    }
    out.push(left > 0 ? { text: segment.text.slice(left), marked: segment.marked } : segment);
    left = 0;
  }
  return out;
}
