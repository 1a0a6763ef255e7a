export interface FindFormProps {
  /** Unique per page, for the label and hint. */
  readonly id: string;
  /** The form's landmark name; landmarks on one page need different names. */
  readonly landmarkLabel?: string;
  readonly postcode?: string;
}

/**
 * "Find your local team": a plain GET form to /find/, whose script looks the
 * postcode up. Without JavaScript, /find/ explains and offers the postcode
 * district index. Styles: assets/css/components/find-form.css.
 */
export function FindForm({ id, landmarkLabel = "Find your local team", postcode }: FindFormProps) {
  return (
    <form class="sn-find-form" action="/find/" method="get" role="search" aria-label={landmarkLabel} data-find-form="">
      <label class="sn-find-form__label" for={id}>
        Enter your postcode
      </label>
      <p class="sn-find-form__hint" id={`${id}-hint`}>
        For example, NW1 7JN
      </p>
      <p class="sn-find-form__error" id={`${id}-error`} data-find-error="" hidden></p>
      <div class="sn-find-form__row">
        <input
          class="sn-find-form__input"
          id={id}
          name="postcode"
          type="text"
          value={postcode}
          autocomplete="postal-code"
          autocapitalize="characters"
          spellcheck={false}
          aria-describedby={`${id}-hint`}
        />
        <button class="sn-button sn-find-form__button" type="submit">
          Find your team
        </button>
      </div>
    </form>
  );
}
