import type { Ref } from 'preact';
import { LISTBOX_ID, optionId } from './ResultList.tsx';

interface Props {
  value: string;
  active: number;
  expanded: boolean;
  maxLength: number;
  inputRef: Ref<HTMLInputElement>;
  onInput(value: string): void;
  onKeyDown(event: KeyboardEvent): void;
}

const COMBOBOX = { role: 'combobox' } as Record<string, string>;

/** The combobox: focus stays here while arrow keys move through the results. */
export function SearchField({ value, active, expanded, maxLength, inputRef, onInput, onKeyDown }: Props) {
  return (
    <div class="search">
      <label for="search" class="visually-hidden">
        Search the bundled articles
      </label>
      {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: the role is combobox, set through COMBOBOX. */}
      <input
        ref={inputRef}
        id="search"
        type="search"
        // ARIA in HTML allows combobox on a search field without a list; Preact's types allow only searchbox.
        {...COMBOBOX}
        aria-autocomplete="list"
        aria-controls={LISTBOX_ID}
        aria-expanded={expanded}
        aria-activedescendant={active >= 0 ? optionId(active) : undefined}
        placeholder="Search people, quotes, articles"
        autocomplete="off"
        spellcheck={false}
        maxLength={maxLength}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
