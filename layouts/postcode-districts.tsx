import { CITY_OF_LONDON } from "../src/city/city.ts";
import type { DistrictArea } from "../src/postcodes/lookup-file.ts";
import { wardUrl, type WardDirectory } from "../src/wards/directory.ts";
import { compareWardsByName } from "../src/wards/labels.ts";
import { BaseLayout } from "./base.tsx";
import { PostcodeAttribution } from "./components/data-attribution.tsx";

/** One postcode district (NW1) and the areas its postcodes are in. */
export interface PostcodeDistrict {
  readonly outward: string;
  readonly areas: readonly DistrictArea[];
}

export function districtUrl(outward: string): string {
  return `/areas/postcodes/${outward.toLowerCase()}/`;
}

const crumbs = [
  { label: "Home", href: "/" },
  { label: "Areas", href: "/areas/" },
];

/** Districts grouped by postal area (the letters: NW, SE, BR), in the order given. */
function byArea(districts: readonly PostcodeDistrict[]): [string, PostcodeDistrict[]][] {
  const groups = new Map<string, PostcodeDistrict[]>();
  for (const district of districts) {
    const area = /^[A-Z]+/.exec(district.outward)?.[0] ?? district.outward;
    groups.set(area, [...(groups.get(area) ?? []), district]);
  }
  return [...groups];
}

/** /areas/postcodes/: every district with a page, for finding a team without JavaScript. */
export function PostcodeDistrictsPage({ districts, stylesheetHref }: { districts: readonly PostcodeDistrict[]; stylesheetHref: string }) {
  return (
    <BaseLayout
      title="Find your team by postcode district"
      description="Choose the first part of your postcode, such as NW1, to see the wards it covers and find your Safer Neighbourhoods team."
      url="/areas/postcodes/"
      stylesheetHref={stylesheetHref}
      breadcrumbs={crumbs}
    >
      <h1 class="sn-heading-xl">Find your team by postcode district</h1>
      <p class="sn-lead">
        Your postcode district is the first part of your postcode: for NW1 7JN it is NW1. Choose yours to see the wards
        it covers, then choose your ward.
      </p>
      <div data-pagefind-ignore="">
        {byArea(districts).map(([area, list]) => (
          <section class="sn-districts__area" key={area} aria-labelledby={`area-${area.toLowerCase()}`}>
            <h2 class="sn-districts__heading" id={`area-${area.toLowerCase()}`}>
              {area}
            </h2>
            <ul class="sn-districts__list">
              {list.map((district) => (
                <li key={district.outward}>
                  <a href={districtUrl(district.outward)}>{district.outward}</a>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <PostcodeAttribution />
    </BaseLayout>
  );
}

/** /areas/postcodes/nw1/: the wards a district's postcodes are in, each linked, with its borough. */
export function PostcodeDistrictPage({
  district,
  directory,
  stylesheetHref,
}: {
  district: PostcodeDistrict;
  directory: WardDirectory;
  stylesheetHref: string;
}) {
  const { outward } = district;
  const wards = district.areas.flatMap((area) => {
    const ward = area.kind === "ward" ? directory.byCode(area.code) : undefined;
    return ward ? [ward] : [];
  });
  wards.sort(compareWardsByName);
  const hasCity = district.areas.some((area) => area.kind === "city");
  const count = wards.length === 1 ? "1 ward" : `${wards.length} wards`;
  return (
    <BaseLayout
      title={`${outward} postcode district: wards and teams`}
      description={`The wards that postcodes starting ${outward} are in, and their Safer Neighbourhoods teams.`}
      url={districtUrl(outward)}
      stylesheetHref={stylesheetHref}
      breadcrumbs={[...crumbs, { label: "Postcode districts", href: "/areas/postcodes/" }]}
      searchable={false}
    >
      <h1 class="sn-heading-xl">{outward} postcode district</h1>
      <p class="sn-lead">
        {wards.length > 0
          ? `Postcodes starting ${outward} are in ${count}${hasCity ? " and the City of London" : ""}. Choose your ward to see its Safer Neighbourhoods team.`
          : `Postcodes starting ${outward} are in the City of London.`}
      </p>
      {wards.length > 0 && (
        <ul class="sn-districts__wards">
          {wards.map((ward) => (
            <li key={ward.id}>
              <a href={wardUrl(ward)}>{ward.name}</a>, {ward.borough.name}
            </li>
          ))}
        </ul>
      )}
      {hasCity && (
        <p>
          Some postcodes starting {outward} are in the City of London, which is policed by the City of London Police,
          not the Met: <a href={CITY_OF_LONDON.url}>policing in the City of London</a>.
        </p>
      )}
      <p>
        Not sure which ward you live in? <a href="/find/">Find your team by your full postcode</a>, or{" "}
        <a href="/areas/postcodes/">choose another postcode district</a>.
      </p>
      <PostcodeAttribution />
    </BaseLayout>
  );
}
