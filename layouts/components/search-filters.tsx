import { CATEGORIES } from "../../src/search/ranking.ts";

export interface SearchFiltersProps {
  /** Borough names, in the order to offer them. */
  readonly boroughs: readonly string[];
}

/**
 * Ways to narrow the search page's results: what kind of page, and which
 * borough. Only the search page's script reads them (they are in a part of the
 * page shown only when it runs); each change searches again.
 */
export function SearchFilters({ boroughs }: SearchFiltersProps) {
  const options: readonly { value: string; label: string }[] = [
    { value: "all", label: "All results" },
    ...Object.entries(CATEGORIES).map(([value, label]) => ({ value, label })),
  ];
  return (
    <div class="sn-search-filters">
      <fieldset class="sn-search-filters__group">
        <legend class="sn-search-filters__legend">Show</legend>
        <div class="sn-search-filters__options">
          {options.map((option) => (
            <div class="sn-search-filters__option" key={option.value}>
              <input
                class="sn-search-filters__radio"
                type="radio"
                id={`search-show-${option.value}`}
                name="show"
                value={option.value}
                checked={option.value === "all"}
              />
              <label class="sn-search-filters__label" for={`search-show-${option.value}`}>
                {option.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <div class="sn-search-filters__group">
        <label class="sn-search-filters__legend" for="search-borough">
          Borough
        </label>
        <select class="sn-search-filters__select" id="search-borough" name="borough">
          <option value="">All boroughs</option>
          {boroughs.map((name) => (
            <option value={name} key={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
