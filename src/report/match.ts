/** What a ward page needs to know of a guide to link a priority to it. */
export interface GuideLink {
  readonly url: string;
  readonly title: string;
  readonly order: number;
  readonly keywords: readonly string[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Folds the ways people write the same words: "Anti-social" and "antisocial", "fly tipping" and "fly-tipping". */
function fold(text: string): string {
  return text.toLowerCase().replace(/[-‐–—_'’]/g, " ").replace(/\s+/g, " ");
}

const patterns = new WeakMap<GuideLink, RegExp>();

function patternFor(guide: GuideLink): RegExp {
  let pattern = patterns.get(guide);
  if (!pattern) {
    // Start of a word only, so "burglar" matches "burglary" but "car" does not match "scarf".
    const words = guide.keywords.map((keyword) => escape(fold(keyword)).replace(/ /g, " ?"));
    pattern = new RegExp(`(?:^|[^a-z0-9])(?:${words.join("|")})`);
    patterns.set(guide, pattern);
  }
  return pattern;
}

/**
 * The guides a ward priority is about, the one named first in the priority
 * first, at most `limit`: "Graffiti and criminal damage" gets Graffiti, then
 * the guide to reporting a crime.
 */
export function guidesForText(text: string, guides: readonly GuideLink[], limit = 2): GuideLink[] {
  const folded = fold(text);
  return guides
    .map((guide) => ({ guide, at: folded.search(patternFor(guide)) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at || a.guide.order - b.guide.order)
    .slice(0, limit)
    .map(({ guide }) => guide);
}
