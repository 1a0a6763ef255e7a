import { boroughUrl, wardUrl, type WardDirectory } from "../src/wards/directory.ts";
import { compareNames, compareWardsByName } from "../src/wards/labels.ts";
import type { Ward } from "../src/wards/schema.ts";
import { BaseLayout } from "./base.tsx";
import { wardCountText } from "./borough.tsx";
import { CITY_OF_LONDON } from "../src/city/city.ts";
import { FindForm } from "./components/find-form.tsx";
import { SearchForm } from "./components/search-form.tsx";

export interface AreasPageProps {
  readonly directory: WardDirectory;
  readonly stylesheetHref: string;
}

export interface LetterGroup {
  /** Lowercase a–z, for the heading id `letter-a`. */
  readonly letter: string;
  readonly wards: readonly Ward[];
}

/** Wards grouped by the first letter of their name (accents folded: "É" files under E), A to Z. */
export function groupWardsByLetter(wards: readonly Ward[]): LetterGroup[] {
  const groups = new Map<string, Ward[]>();
  for (const ward of [...wards].sort(compareWardsByName)) {
    const first = ward.name.normalize("NFD").replace(/[^A-Za-z0-9]/g, "").charAt(0).toLowerCase();
    const letter = /[a-z]/.test(first) ? first : "#";
    const group = groups.get(letter) ?? [];
    group.push(ward);
    groups.set(letter, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === "#" ? 1 : b === "#" ? -1 : a.localeCompare(b)))
    .map(([letter, list]) => ({ letter, wards: list }));
}

function letterId(letter: string): string {
  return letter === "#" ? "letter-other" : `letter-${letter}`;
}

function letterLabel(letter: string): string {
  return letter === "#" ? "Other" : letter.toUpperCase();
}

/** The boroughs with the City of London in its place from A to Z: it has its own force, so it leads to the page that says so. */
function withCityOfLondon(boroughs: WardDirectory["boroughs"]): (WardDirectory["boroughs"][number] | "city")[] {
  const at = boroughs.findIndex((entry) => compareNames(entry.borough.name, CITY_OF_LONDON.name) > 0);
  return at === -1 ? [...boroughs, "city"] : [...boroughs.slice(0, at), "city", ...boroughs.slice(at)];
}

/**
 * Every borough and every ward, usable without JavaScript. With hundreds of
 * wards the markup per ward is one li and one a; the borough name is plain text.
 */
export function AreasPage({ directory, stylesheetHref }: AreasPageProps) {
  const groups = groupWardsByLetter(directory.wards);
  return (
    <BaseLayout
      title="Find your Safer Neighbourhoods team"
      description="Find the Safer Neighbourhoods team for your ward: browse London's boroughs, or every ward from A to Z."
      url="/areas/"
      stylesheetHref={stylesheetHref}
      breadcrumbs={[{ label: "Home", href: "/" }]}
    >
      <h1 class="sn-heading-xl">Find your Safer Neighbourhoods team</h1>
      <p class="sn-lead">
        Every ward in London has its own Safer Neighbourhoods team. Search for your ward, or find it by borough or by
        the first letter of its name among all {directory.wards.length} wards below.
      </p>
      <FindForm id="areas-find" />
      <SearchForm id="areas-search" label="Or search by ward or borough name" />

      {/* The lists are for browsing; each borough and ward has its own page in the search index. */}
      <section class="sn-areas__section" data-pagefind-ignore="">
        <h2 id="boroughs">Boroughs</h2>
        <ul class="sn-areas__boroughs">
          {withCityOfLondon(directory.boroughs).map((entry) =>
            entry === "city" ? (
              <li key={CITY_OF_LONDON.code}>
                <a href={CITY_OF_LONDON.url}>{CITY_OF_LONDON.name}</a> (policed by the {CITY_OF_LONDON.force})
              </li>
            ) : (
              <li key={entry.borough.code}>
                <a href={boroughUrl(entry.borough)}>{entry.borough.name}</a> ({wardCountText(entry.wards.length)})
              </li>
            ),
          )}
        </ul>
      </section>

      <section class="sn-areas__section" data-pagefind-ignore="">
        <h2 id="wards">All wards from A to Z</h2>
        <p>Choose the first letter of your ward's name to see its wards.</p>
        {/*
          The letters are the index: each opens on its own, so the A to Z is a
          page of letters, not 700 names in a row (about 30,000 px on a phone).
          Closed, the wards are still in the page for the browser's find, which
          opens the letter, and for links to a letter (#letter-a).
        */}
        {groups.map((group) => (
          <details class="sn-areas__group" id={letterId(group.letter)} key={group.letter}>
            <summary class="sn-areas__letter">
              {letterLabel(group.letter)} <span class="sn-areas__count">({wardCountText(group.wards.length)})</span>
            </summary>
            <ul class="sn-areas__wards">
              {group.wards.map((ward) => (
                <li key={ward.id}>
                  <a href={wardUrl(ward)}>{ward.name}</a>, {ward.borough.name}
                </li>
              ))}
            </ul>
          </details>
        ))}
      </section>
    </BaseLayout>
  );
}
