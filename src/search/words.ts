/**
 * Text as search compares it: lower case, apostrophes dropped, hyphens and
 * other punctuation as spaces, with a space at each end so that a phrase can
 * be found as whole words (" dumped car "). Shared by the index (synonyms)
 * and the search page (exact names), so both see "Regent's Park" the same way.
 */
export function normaliseForMatching(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/['’‘]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;
}
