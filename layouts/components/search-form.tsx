import type { ComponentChildren } from "preact";

export interface SearchFormProps {
  /** Unique per page, because the form can appear more than once. */
  readonly id: string;
  readonly label?: string;
  /** The search landmark's name, when it must differ from the field's label (landmarks need unique names). */
  readonly landmarkLabel?: string;
  readonly query?: string;
  /** More fields after the box, such as the search page's filters. */
  readonly children?: ComponentChildren;
}

/**
 * A plain GET form, so a search can start from any page even without
 * JavaScript. No placeholder: the label says what to type, and a placeholder
 * is cut off in a narrow box and gone once typing starts.
 */
export function SearchForm({ id, label = "Search this site", landmarkLabel = label, query, children }: SearchFormProps) {
  return (
    <form class="sn-form sn-search-form" action="/search/" method="get" role="search" aria-label={landmarkLabel}>
      <label class="sn-form__label" for={id}>
        {label}
      </label>
      <div class="sn-form__row">
        <input
          class="sn-form__input sn-search-form__input"
          id={id}
          name="q"
          type="search"
          value={query}
          autocomplete="off"
          spellcheck={false}
        />
        <button class="sn-button sn-search-form__button" type="submit">
          Search
        </button>
      </div>
      {children}
    </form>
  );
}
