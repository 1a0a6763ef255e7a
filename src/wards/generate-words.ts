import type { Random } from "./generate-random.ts";
import type { BASE_TYPES, EVENT_TYPES } from "./schema.ts";

// Word lists. Names are common first and last names drawn at random: the
// people are made up.

export const FIRST_NAMES = [
  "Aisha", "Alex", "Amir", "Ana", "Ben", "Bola", "Chloe", "Chris", "Dami", "Daniel", "Eleni", "Emma",
  "Farah", "Femi", "Grace", "Hannah", "Hassan", "Imran", "Isla", "Jack", "Jade", "James", "Joanna", "Kemi",
  "Kwame", "Laura", "Leah", "Liam", "Maria", "Marcus", "Mei", "Mohammed", "Nadia", "Niamh", "Oliver", "Omar",
  "Priya", "Rachel", "Raj", "Ruth", "Sam", "Sara", "Sean", "Sofia", "Tom", "Tunde", "Yusuf", "Zara",
] as const;

export const LAST_NAMES = [
  "Adeyemi", "Ahmed", "Ali", "Baker", "Begum", "Brown", "Campbell", "Chen", "Clarke", "Costa", "Davies", "Evans",
  "Fernandes", "Green", "Hall", "Hughes", "Hussain", "Islam", "Jackson", "Jones", "Kaur", "Kelly", "Khan", "Lewis",
  "Mensah", "Miah", "Moore", "Murphy", "Nguyen", "Novak", "Okafor", "Osei", "Patel", "Price", "Rahman", "Reid",
  "Roberts", "Santos", "Shah", "Singh", "Smith", "Taylor", "Thomas", "Walker", "Ward", "White", "Williams", "Wilson",
] as const;

export const BIO_ENDINGS = [
  "runs the monthly ward panel",
  "leads the team's work with local schools",
  "knows most of the shopkeepers on the high street by name",
  "coordinates the ward's Neighbourhood Watch schemes",
  "started the team's weekly youth football sessions",
  "works closely with the council's community safety officers",
] as const;

export const STREETS = [
  "Albion", "Ashgrove", "Beacon", "Berkeley", "Cedar", "Chapel", "Church", "Clarence", "Elm", "Gladstone",
  "Granville", "Hawthorn", "Hill", "Kingsway", "Lime", "Linden", "Maple", "Market", "Mill", "Oak", "Orchard",
  "Park", "Queen's", "Rosebery", "St Mark's", "Station", "Victoria", "Warwick", "Wellington", "Windsor",
] as const;

export const STREET_KINDS = ["Road", "Street", "Lane", "Avenue", "Grove", "Place", "Terrace"] as const;

export const OUTWARD_CODES = [
  "E1", "E2", "E3", "E8", "E14", "E17", "EC1V", "N1", "N7", "N15", "N17", "NW1", "NW5", "NW10", "SE1", "SE5",
  "SE15", "SE18", "SW2", "SW9", "SW11", "SW19", "W2", "W10", "W12", "WC1X", "WC2H", "CR0", "HA0", "IG1", "UB3",
] as const;

/** Letters used in the second half of UK postcodes (never C, I, K, M, O or V). */
export const INWARD_LETTERS = ["A", "B", "D", "E", "F", "G", "H", "J", "L", "N", "P", "Q", "R", "S", "T", "U", "W", "X", "Y", "Z"] as const;

export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

export const PLACES_OF_WORSHIP = ["St Luke's Church", "Central Mosque", "Gurdwara", "Methodist Church", "Synagogue", "Buddhist Centre"] as const;

export const PRIORITIES: readonly (readonly [string, string])[] = [
  ["Anti-social behaviour in and around the estates", "Extra evening patrols and joint visits with housing officers."],
  ["Drug dealing near the station", "Plain-clothes patrols and closure orders on problem addresses."],
  ["Theft of and from motor vehicles", "Crime prevention advice and free catalytic converter marking."],
  ["Residential burglary", "Home security visits and property marking events."],
  ["Phone snatches by thieves on mopeds and bikes", "High-visibility patrols at hotspots and advice stalls."],
  ["Graffiti and criminal damage", "Working with the council to remove tags quickly and identify offenders."],
  ["Abandoned and untaxed vehicles", "Reporting vehicles to the council and DVLA for removal."],
  ["Street drinking", "Enforcing the public spaces protection order and referring people to support services."],
  ["Shoplifting on the high street", "Regular visits to shops and a shared radio scheme with traders."],
  ["Speeding on residential roads", "Community Roadwatch sessions with residents."],
  ["Off-road bikes on footpaths and in parks", "Targeted patrols and seizure of bikes ridden anti-socially."],
  ["Fly-tipping", "Joint operations with the council's enforcement team."],
];

export const EVENT_TITLES: Record<(typeof EVENT_TYPES)[number], string> = {
  "ward-panel-meeting": "Ward panel meeting",
  "contact-session": "Meet your local officers",
  "street-briefing": "Street briefing",
  "community-event": "Community safety day",
  other: "Bike marking session",
};

/** A made-up name for a base of the given type. */
export function baseName(type: (typeof BASE_TYPES)[number], ward: string, random: Random): string {
  switch (type) {
    case "police-station":
      return `${ward} Police Station`;
    case "kiosk":
      return `${ward} contact point`;
    case "partnership-office":
      return `${ward} Community Safety Hub`;
    case "school":
      return `${random.pick(STREETS)} Primary School`;
    case "hospital":
      return `${ward} Community Hospital`;
    case "place-of-worship":
      return `${random.pick(PLACES_OF_WORSHIP)} community room`;
    case "other":
      return `${ward} Library`;
  }
}
