/** The script of /find/location/: shows "Use my location" where the browser can share a position. */
import { initLocate } from "./locate.ts";

const container = document.querySelector<HTMLElement>("[data-locate]");
if (container && "geolocation" in navigator) {
  initLocate(container);
  document.querySelector<HTMLElement>("[data-locate-fallback]")?.setAttribute("hidden", "");
}
