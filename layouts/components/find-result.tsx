/**
 * Where the find page's script says what it found: a polite live region,
 * in the HTML from the start so that its first message is announced, and
 * the area it shows the team in. Styles: assets/css/components/find-page.css.
 */
export function FindResult() {
  return (
    <div class="sn-find-result">
      <div class="sn-find-result__status" role="status" aria-live="polite" data-find-status=""></div>
      <section class="sn-find-result__team" aria-label="Your Safer Neighbourhoods team" data-find-team="" hidden></section>
    </div>
  );
}
