/** Other ways to find a team or an answer, for when search cannot help: no JavaScript, no results, or an error. */
export function SearchAlternatives() {
  return (
    <ul>
      <li>
        <a href="/areas/">browse all areas and wards from A to Z</a>
      </li>
      <li>
        <a href="/faq/">read questions about Safer Neighbourhoods</a>
      </li>
    </ul>
  );
}
