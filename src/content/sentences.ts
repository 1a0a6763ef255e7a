/**
 * Abbreviations that end in a full stop inside a sentence. Kept short and
 * common: authors write "etc.", "e.g." and "St." far more than anything else.
 */
const ABBREVIATIONS = ["etc", "e.g", "i.e", "eg", "ie", "st", "dr", "mr", "mrs", "ms", "no", "nos", "approx", "vs", "cf", "rd", "ave", "tel", "ref"];
const ABBREVIATION = new RegExp(`(?<![\\p{L}.])(?:${ABBREVIATIONS.map((a) => a.replace(/\./g, "\\.")).join("|")})\\.`, "giu");

/**
 * Whether a text is one sentence: no full stop, question or exclamation mark
 * followed by more words, once abbreviations such as "etc." are set aside.
 */
export function isOneSentence(text: string): boolean {
  const withoutAbbreviations = text.replace(ABBREVIATION, (match) => match.slice(0, -1));
  return !/[.!?]["'’”)]?\s+\S/u.test(withoutAbbreviations);
}
