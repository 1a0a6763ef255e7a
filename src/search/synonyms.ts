import { normaliseForMatching } from "./words.ts";

/**
 * Words residents type for the things the site talks about. Pagefind has no
 * synonyms of its own, so the index carries them: a page that mentions any
 * phrase of a group is also indexed under the group's other phrases (see
 * aliases.ts), in a metadata field that search matches but readers never see.
 * A page whose title names the thing ranks well for every word for it; a
 * page that only mentions it in passing is found, but ranks low.
 *
 * Each group is one thing. Keep phrases specific: a common word ("car",
 * "missing") would tie the group to every page that happens to use it.
 * Matching ignores case, hyphens and apostrophes, and takes a trailing "s".
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["anti-social behaviour", "antisocial behaviour", "ASB", "nuisance behaviour", "youths causing trouble", "youths hanging around", "groups hanging around", "rowdy", "intimidating behaviour", "fireworks"],
  ["police community support officer", "PCSO", "community support officer"],
  ["dedicated ward officer", "DWO", "ward officer"],
  ["abandoned vehicle", "dumped car", "abandoned car", "burnt out car", "car left", "untaxed car", "dumped vehicle", "car dumped"],
  ["fly-tipping", "fly tipping", "flytipping", "dumped rubbish", "illegal dumping", "rubbish dumped", "dumping rubbish", "mattress dumped"],
  ["graffiti", "tagging", "spray paint", "vandalism"],
  ["ward panel", "ward panel meeting", "community meeting", "residents meeting", "police meeting", "panel meeting", "local meeting"],
  [
    "find your team",
    "find your local team",
    "find your Safer Neighbourhoods team",
    "my local officer",
    "my local police",
    "local police station",
    "bobby",
    "bobbies",
    "beat officer",
    "neighbourhood officer",
    "who is my officer",
    "who is my PCSO",
    "who is my ward officer",
    "police near me",
    "my area",
    "my postcode",
  ],
  ["drug dealing", "drugs", "drug dealer", "county lines", "cannabis smell", "weed"],
  ["noise", "loud music", "noisy neighbours", "party noise", "barking dog"],
  ["street drinking", "drinking in the street", "drunk in the street", "public drinking"],
  ["speeding", "road safety", "dangerous driving", "speed watch", "reckless driving", "speeding cars", "e-scooter", "e-bike", "motorbikes on the pavement", "nuisance bikes", "off-road bikes"],
  ["hate crime", "racist abuse", "homophobic abuse", "hate incident"],
  ["fraud", "scam", "scammed", "Action Fraud", "Report Fraud", "phishing", "cyber crime", "cybercrime", "online crime", "hacked", "cold caller", "doorstep crime", "rogue trader"],
  ["missing person", "someone is missing", "missing child", "report someone missing"],
  ["Crimestoppers", "anonymously", "anonymous", "anonymous tip", "without giving your name"],
  ["crime happening now", "emergency", "999", "in danger", "happening now"],
  ["non-emergency", "101", "not an emergency"],
  [
    "crime that has already happened",
    "report a crime",
    "reporting a crime",
    "burglary",
    "break in",
    "broken into",
    "burgled",
    "theft",
    "stolen",
    "pickpocket",
    "shoplifting",
    "mugged",
    "robbed",
  ],
  ["something you want the team to know", "tell the team", "not urgent", "non urgent", "email the team", "contact my team"],
  ["contact the police", "contact us", "phone number", "telephone number", "textphone"],
  ["report a problem", "who deals with", "who handles", "who do I call", "who to call", "who should I tell"],
  ["City of London Police", "City of London", "the Square Mile"],
  ["knife crime", "knives", "stabbing", "weapon", "carrying a knife", "gun crime", "firearm"],
  ["domestic abuse", "domestic violence", "abusive partner", "coercive control", "abusive relationship"],
  ["sleeping rough", "rough sleeping", "rough sleeper", "homeless person", "someone sleeping in a doorway"],
  ["pothole", "broken pavement", "cracked pavement", "hole in the road"],
  ["street light", "street lighting", "lamp post", "streetlight"],
  ["dog fouling", "dog mess", "dog poo"],
  [
    "recorded crime",
    "crime figures",
    "crime statistics",
    "crime stats",
    "crime rate",
    "crime data",
    "crime levels",
    "crime going down",
    "crime going up",
    "crime in my area",
    "crime map",
    "how much crime",
  ],
  ["privacy", "cookies", "tracking", "personal data"],
  ["parking", "parked car", "pavement parking", "blocked driveway", "dropped kerb", "double yellow lines"],
  ["lost property", "lost and found", "found property", "lost my phone", "lost my wallet", "I found a wallet"],
  ["stalking", "stalker", "harassment", "harassed", "being followed"],
  ["terrorism", "terrorist", "suspicious package", "suspicious bag", "unattended bag", "extremism", "radicalisation"],
  ["dangerous dog", "dog attack", "dog bite", "stray dog", "out of control dog"],
  [
    "complain about the police",
    "complaint about the police",
    "police complaint",
    "complain about an officer",
    "complain about a police officer",
    "complaint about an officer",
    "compliment",
    "thank an officer",
    "thank the police",
  ],
  [
    "get involved",
    "volunteer",
    "volunteering",
    "special constable",
    "join the police",
    "Neighbourhood Watch",
    "police cadets",
  ],
];
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const GROUP_PATTERNS = SYNONYM_GROUPS.map((group) => ({
  group,
  pattern: new RegExp(
    group
      .map((phrase) => normaliseForMatching(phrase).trim())
      .map((phrase) => ` ${escapeRegExp(phrase)}(?:e?s)? `)
      .join("|"),
  ),
}));

/** The groups with a phrase in the text, each once, in the order above. */
export function groupsIn(text: string): (readonly string[])[] {
  const normalised = normaliseForMatching(text);
  return GROUP_PATTERNS.filter(({ pattern }) => pattern.test(normalised)).map(({ group }) => group);
}

/**
 * The first phrase of the group whose other phrase is exactly what was typed
 * ("PCSO" → "police community support officer", "dumped car" → "abandoned
 * vehicle"); undefined when the query is no such phrase, or is the first.
 */
export function canonicalPhrase(query: string): string | undefined {
  const typed = normaliseForMatching(query);
  if (typed.trim() === "") return undefined;
  const group = SYNONYM_GROUPS.find((phrases) => phrases.slice(1).some((phrase) => normaliseForMatching(phrase) === typed));
  return group?.[0];
}
