/**
 * "Use my location" on /find/: progressive enhancement of the markup from
 * layouts/components/locate.tsx. The position is used here, in the browser,
 * and never sent: the script fetches the site's own boundary files (an index,
 * then the borough around the position) and tests the point against them.
 */
import type { Topology } from "topojson-specification";
import { LOCATE_DATA_DIR, type LocateIndex } from "../../../src/locate/format.ts";
import { locate, type LocateSource } from "../../../src/locate/lookup.ts";
import { failureMessage, resultMessage, type Inline, type LocateFailure, type Message } from "../../../src/locate/messages.ts";

export interface LocateOptions {
  /** The site's root; by default the folder above this script's (assets/). */
  readonly root?: URL;
  readonly geolocation?: Geolocation;
}

/** Fetches the boundary files once each, from the site itself. */
export function fetchSource(root: URL): LocateSource {
  const cache = new Map<string, Promise<unknown>>();
  const get = <T>(file: string): Promise<T> => {
    let request = cache.get(file);
    if (!request) {
      request = fetch(new URL(`${LOCATE_DATA_DIR}/${file}`, root)).then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.url}`);
        return response.json();
      });
      request.catch(() => cache.delete(file));
      cache.set(file, request);
    }
    return request as Promise<T>;
  };
  return { index: () => get<LocateIndex>("index.json"), borough: (code) => get<Topology>(`${code}.json`) };
}

function inline(parts: readonly Inline[], root: URL): Node[] {
  return parts.map((part) => {
    if (typeof part === "string") return document.createTextNode(part);
    const link = document.createElement("a");
    link.href = new URL(part.href, root).href;
    link.textContent = part.text;
    return link;
  });
}

function render(status: HTMLElement, message: Message, root: URL): void {
  const nodes: Node[] = message.paragraphs.map((paragraph) => {
    const p = document.createElement("p");
    p.append(...inline(paragraph, root));
    return p;
  });
  if (message.choices) {
    const list = document.createElement("ul");
    for (const choice of message.choices) {
      const item = document.createElement("li");
      item.append(...inline(choice, root));
      list.append(item);
    }
    nodes.splice(1, 0, list);
  }
  status.replaceChildren(...nodes);
}

const FAILURES: Record<number, LocateFailure> = { 1: "denied", 2: "unavailable", 3: "timeout" };

export function initLocate(container: HTMLElement, options: LocateOptions = {}): void {
  const geolocation = options.geolocation ?? (typeof navigator !== "undefined" ? navigator.geolocation : undefined);
  const button = container.querySelector<HTMLButtonElement>("[data-locate-button]");
  const status = container.querySelector<HTMLElement>("[data-locate-status]");
  if (!geolocation || !button || !status) return;
  const root = options.root ?? new URL("../", import.meta.url);
  const source = fetchSource(root);
  container.hidden = false;
  let busy = false;

  const finish = (message: Message) => {
    render(status, message, root);
    busy = false;
    button.removeAttribute("aria-disabled");
  };

  button.addEventListener("click", () => {
    if (busy) return;
    busy = true;
    // aria-disabled, not disabled: the button keeps focus while the position is found.
    button.setAttribute("aria-disabled", "true");
    status.replaceChildren(Object.assign(document.createElement("p"), { textContent: "Finding your location…" }));
    // Start loading the index while the browser asks for permission and finds the position.
    void source.index().catch(() => undefined);
    geolocation.getCurrentPosition(
      (position) => {
        const { longitude, latitude, accuracy } = position.coords;
        locate({ longitude, latitude, accuracy }, source).then(
          (result) => finish(resultMessage(result, accuracy)),
          () => finish(failureMessage("data")),
        );
      },
      (error) => finish(failureMessage(FAILURES[error.code] ?? "unavailable")),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  });
}
