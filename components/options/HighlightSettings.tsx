import type { EntityKind } from '../../lib/corpus/types.ts';
import { ENTITY_KINDS } from '../../lib/corpus/types.ts';
import type { HighlightStyle } from '../../lib/settings.ts';

const KIND_LABELS: Record<EntityKind, string> = {
  person: 'People',
  organization: 'Organizations',
  place: 'Places',
  term: 'Terms',
};

interface Props {
  kinds: readonly EntityKind[];
  style: HighlightStyle;
  onKinds(kinds: EntityKind[]): void;
  onStyle(style: HighlightStyle): void;
}

export function HighlightSettings({ kinds, style, onKinds, onStyle }: Props) {
  const toggle = (kind: EntityKind, on: boolean) =>
    onKinds(ENTITY_KINDS.filter((k) => (k === kind ? on : kinds.includes(k))));
  return (
    <section aria-labelledby="highlight-heading" class="card">
      <h2 id="highlight-heading">Highlighting</h2>
      <fieldset>
        <legend>Names to highlight</legend>
        {ENTITY_KINDS.map((kind) => (
          <label key={kind} class="check">
            <input
              type="checkbox"
              name="kinds"
              value={kind}
              checked={kinds.includes(kind)}
              onChange={(e) => toggle(kind, e.currentTarget.checked)}
            />
            {KIND_LABELS[kind]}
          </label>
        ))}
        {kinds.length === 0 && <p class="hint">Nothing is highlighted while every kind is unchecked.</p>}
      </fieldset>
      <fieldset>
        <legend>Highlight style</legend>
        {(['underline', 'background'] as const).map((value) => (
          <label key={value} class="check">
            <input type="radio" name="style" value={value} checked={style === value} onChange={() => onStyle(value)} />
            <span class={`sample sample-${value}`}>{value === 'underline' ? 'Underline' : 'Background'}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
