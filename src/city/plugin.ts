import type UserConfig from "@11ty/eleventy/UserConfig";
import { CityOfLondonPage } from "../../layouts/city-of-london.tsx";
import { renderToHtml } from "../jsx/render.ts";
import { CITY_OF_LONDON } from "./city.ts";

/** The one page about the City of London, where its ward codes and postcodes lead (see src/redirects/ and the find page). */
export default function cityPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addTemplate("areas/city-of-london.11ty.js", {
    data: { permalink: CITY_OF_LONDON.url },
    render: (data: { stylesheet: { href: string } }) => renderToHtml(CityOfLondonPage({ stylesheetHref: data.stylesheet.href })),
  });
}
