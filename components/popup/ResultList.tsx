import type { EntityKind } from '../../lib/corpus/types.ts';
import { Marked } from '../shared/Marked.tsx';
import type { ItemView, ResultGroup, ResultItem } from './result-groups.ts';

export const LISTBOX_ID = 'results';
export const optionId = (index: number) => `result-${index}`;

const KIND_LABEL: Record<EntityKind, string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  term: 'Term',
};

interface Props {
  groups: readonly ResultGroup[];
  /** Index into the flat order of all items, or -1. */
  active: number;
  label: string;
  onChoose(item: ResultItem): void;
  onHover(index: number): void;
}

/** The listbox a combobox drives: focus stays in the search field, `active` marks the current option. */
export function ResultList({ groups, active, label, onChoose, onHover }: Props) {
  let index = 0;
  return (
    <div id={LISTBOX_ID} role="listbox" aria-label={label} class="results">
      {groups.map((group) => (
        // biome-ignore lint/a11y/useSemanticElements: a listbox may own groups, not fieldsets.
        <div role="group" aria-labelledby={`group-${group.id}`} class="group" key={group.id}>
          <div role="presentation" id={`group-${group.id}`} class="group-label">
            {group.label}
          </div>
          {group.items.map((item) => {
            const i = index++;
            return (
              // Options are not focusable by design: keys reach them through the combobox (aria-activedescendant).
              // biome-ignore lint/a11y/useKeyWithClickEvents: see above.
              // biome-ignore lint/a11y/useFocusableInteractive: see above.
              <div
                key={item.key}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                class={`option ${item.view.type}`}
                onClick={() => onChoose(item)}
                onPointerMove={() => i !== active && onHover(i)}
              >
                <ItemBody view={item.view} />
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}

function ItemBody({ view }: { view: ItemView }) {
  switch (view.type) {
    case 'entity':
      return (
        <>
          <span class="line">
            <span class="name">
              <Marked text={view.name} marks={view.marks} />
            </span>
            {view.count && (
              <span class="count">
                {view.count.value} {plural(view.count.value, view.count.unit)}
              </span>
            )}
          </span>
          <span class="meta">
            <span class={`kind kind-${view.kind}`}>{KIND_LABEL[view.kind]}</span>
            {view.description && <span class="description"> · {view.description}</span>}
          </span>
        </>
      );
    case 'quote':
      return (
        <>
          <q class="quote-text">
            <Marked text={view.text} marks={view.marks} />
          </q>
          <span class="meta">
            {view.speaker ? `${view.speaker}, ` : 'Unattributed, '}
            <cite>{view.articleTitle}</cite>
          </span>
        </>
      );
    case 'article':
      return (
        <>
          <span class="title">{view.title}</span>
          <span class="snippet">
            <Marked text={view.snippet} marks={view.marks} />
          </span>
        </>
      );
  }
}

function plural(n: number, unit: 'mention' | 'quote'): string {
  return n === 1 ? unit : `${unit}s`;
}
