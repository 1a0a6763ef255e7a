import { findTeam } from "../../src/postcodes/find.ts";
import { DISTRICTS, lookupLoader } from "./find/data.ts";
import { message, teamDetails } from "./find/render.ts";

/*
 * The find page (layouts/find.11ty.tsx): look a postcode up in its
 * district's file and show the team, without reloading. Each part of the page
 * is found by its data- attribute; other modules (such as a location lookup)
 * can add to the form without this file knowing.
 */

const ui = document.querySelector<HTMLElement>("[data-find-ui]");
const form = ui?.querySelector<HTMLFormElement>("[data-find-form]");
const input = form?.querySelector<HTMLInputElement>("input[name=postcode]");
const error = form?.querySelector<HTMLElement>("[data-find-error]");
const status = ui?.querySelector<HTMLElement>("[data-find-status]");
const team = ui?.querySelector<HTMLElement>("[data-find-team]");

if (ui && form && input && error && status && team) {
  const base = ui.dataset.postcodes ?? "/data/postcodes/";
  // The site's root, with any path prefix: the lookup files live at <root>data/postcodes/.
  const prefix = base.replace(/data\/postcodes\/$/, "");
  const load = lookupLoader(base);
  const hint = input.getAttribute("aria-describedby") ?? "";
  let latest = 0;

  const lookUp = async (value: string) => {
    const run = ++latest;
    const outcome = await findTeam(value, DISTRICTS, load);
    if (run !== latest) return; // a newer lookup has started
    const invalid = outcome.kind === "invalid";
    error.hidden = !invalid;
    error.textContent = invalid ? "Enter a postcode, like NW1 7JN" : "";
    input.setAttribute("aria-invalid", String(invalid));
    input.setAttribute("aria-describedby", invalid ? `${hint} ${error.id}` : hint);
    // Emptied first, so the same message twice is announced twice.
    status.replaceChildren();
    team.replaceChildren(...(outcome.kind === "ward" ? teamDetails(outcome.ward) : []));
    team.hidden = outcome.kind !== "ward";
    status.className = `sn-find-result__status sn-find-result__status--${outcome.kind === "ward" ? "found" : "problem"}`;
    requestAnimationFrame(() => status.replaceChildren(...message(outcome, prefix)));
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set("postcode", input.value.trim());
    history.replaceState(null, "", url);
    void lookUp(input.value);
  });

  document.querySelector("[data-find-fallback]")?.setAttribute("hidden", "");
  ui.hidden = false;
  const initial = new URLSearchParams(location.search).get("postcode");
  if (initial !== null && initial.trim() !== "") {
    input.value = initial;
    void lookUp(initial);
  }
}
