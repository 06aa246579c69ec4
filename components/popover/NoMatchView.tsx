interface Props {
  text: string;
  onSearch(text: string): void;
}

/** A selection that names no known entity: say so, and offer the search over the bundled articles. */
export function NoMatchView({ text, onSearch }: Props) {
  const shown = text.length > 60 ? `${text.slice(0, 59)}…` : text;
  return (
    <>
      <header class="head">
        <h2 class="name">No briefing for “{shown}”</h2>
      </header>
      <p class="description">None of the names in the bundled articles matches this selection.</p>
      <footer class="foot">
        <span class="count" />
        <button type="button" class="more" onClick={() => onSearch(text)}>
          Search the articles
        </button>
      </footer>
    </>
  );
}
