import type { JSX } from "preact";

/** Pagefind's Component UI custom elements, with the attributes we use. */
declare module "preact" {
  namespace JSX {
    interface IntrinsicElements {
      "pagefind-config": JSX.HTMLAttributes<HTMLElement> & { "bundle-path"?: string; "base-url"?: string; lang?: string };
      "pagefind-input": JSX.HTMLAttributes<HTMLElement> & { placeholder?: string; debounce?: string };
      "pagefind-summary": JSX.HTMLAttributes<HTMLElement> & { "default-message"?: string };
      "pagefind-results": JSX.HTMLAttributes<HTMLElement> & {
        "show-sub-results"?: boolean;
        "max-sub-results"?: string;
        "hide-sub-results"?: boolean;
      };
      "pagefind-filter-dropdown": JSX.HTMLAttributes<HTMLElement> & { filter?: string; label?: string };
    }
  }
}
