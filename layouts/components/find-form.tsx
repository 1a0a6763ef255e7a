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
 * district index. Styles: assets/css/components/form.css and find-form.css.
 */
export function FindForm({ id, landmarkLabel = "Find your local team", postcode }: FindFormProps) {
  return (
    <form class="sn-form sn-find-form" action="/find/" method="get" role="search" aria-label={landmarkLabel} data-find-form="">
      <label class="sn-form__label" for={id}>
        Enter your postcode
      </label>
      <p class="sn-form__hint" id={`${id}-hint`}>
        For example, NW1 7JN
      </p>
      <p class="sn-form__error" id={`${id}-error`} data-find-error="" hidden></p>
      <div class="sn-form__row">
        <input
          class="sn-form__input sn-find-form__input"
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
