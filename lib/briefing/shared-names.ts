// Shared names: a form several entities claim ("Marlow"). The popover says what else the name on the page could
// mean; a mention in the reader written that way links to the entity the corpus resolved it to and says the same;
// the dossier reached from it offers the others. All from the matcher's candidate lists (the layout's m/shared.json).
import { normalizeAlias } from '../matching/aliases.ts';
import type { ArticleView, Briefing, SharedChoice, SharedForm } from './types.ts';

const byForm = new WeakMap<readonly SharedForm[], Map<string, SharedForm>>();

function formsOf(shared: readonly SharedForm[]): Map<string, SharedForm> {
  let map = byForm.get(shared);
  if (!map) {
    map = new Map(shared.map((s) => [s.form, s]));
    byForm.set(shared, map);
  }
  return map;
}

/** The popover's "also:": the other candidates of shared form number `index`, when `chosen` is one of them. */
export function alsoFor(
  shared: readonly SharedForm[],
  index: number | undefined,
  chosen: number,
): Briefing['also'] | undefined {
  const entry = index === undefined ? undefined : shared[index];
  if (!entry?.candidates.some(([n]) => n === chosen)) return undefined;
  const others = entry.candidates
    .filter(([n]) => n !== chosen)
    .map(([entity, entityId, name]) => ({ entity, entityId, name }));
  return { form: entry.form, others };
}

/** What else `form` could mean, when it is a shared form and `entityId` one of its candidates. */
export function sharedChoice(shared: readonly SharedForm[], form: string, entityId: string): SharedChoice | undefined {
  const entry = formsOf(shared).get(normalizeAlias(form));
  if (!entry?.candidates.some(([, id]) => id === entityId)) return undefined;
  const others = entry.candidates.filter(([, id]) => id !== entityId).map(([, id, name]) => ({ entityId: id, name }));
  return others.length > 0 ? { form: entry.form, others } : undefined;
}

/** The reader's mentions, each written as a shared name marked with what else it could mean. */
export function withSharedNames(view: ArticleView, shared: readonly SharedForm[]): ArticleView {
  if (shared.length === 0) return view;
  const forms = formsOf(shared);
  const mentions = view.mentions.map((m) => {
    const text = view.article.paragraphs[m.paragraph]?.slice(m.start, m.end) ?? '';
    const choice = forms.has(normalizeAlias(text)) ? sharedChoice(shared, text, m.entityId) : undefined;
    return choice ? { ...m, shared: choice } : m;
  });
  return { ...view, mentions };
}
