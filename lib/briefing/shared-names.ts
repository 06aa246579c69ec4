// The briefing page's side of shared names: a mention in an article written as a name several entities claim
// ("Marlow") links to the entity the corpus resolved it to, and says what else it could mean; the dossier
// reached from it offers the others. The same candidate lists the page matcher uses (matcher.json `shared`).
import { normalizeAlias } from '../matching/aliases.ts';
import type { CompiledMatcher } from '../matching/types.ts';
import type { ArticleView, SharedChoice } from './types.ts';

const byForm = new WeakMap<CompiledMatcher, Map<string, string[]>>();

/** Shared form → candidate ids, most mentioned first. */
function formsOf(matcher: CompiledMatcher): Map<string, string[]> {
  let map = byForm.get(matcher);
  if (!map) {
    map = new Map();
    for (const [form, code] of matcher.forms) {
      const entry = code < 0 ? matcher.shared[-1 - code] : undefined;
      if (entry)
        map.set(
          form,
          entry.candidates.flatMap(([e]) => matcher.entities[e]?.[0] ?? []),
        );
    }
    byForm.set(matcher, map);
  }
  return map;
}

/** What else `form` could mean, when it is a shared form and `entityId` one of its candidates. */
export function sharedChoice(matcher: CompiledMatcher, form: string, entityId: string): SharedChoice | undefined {
  const key = normalizeAlias(form);
  const ids = formsOf(matcher).get(key);
  if (!ids?.includes(entityId)) return undefined;
  const names = new Map(matcher.entities.map(([id, name]) => [id, name]));
  const others = ids.filter((id) => id !== entityId).map((id) => ({ entityId: id, name: names.get(id) ?? id }));
  return others.length > 0 ? { form: key, others } : undefined;
}

/** The reader's mentions, each written as a shared name marked with what else it could mean. */
export function withSharedNames(view: ArticleView, matcher: CompiledMatcher): ArticleView {
  const forms = formsOf(matcher);
  if (forms.size === 0) return view;
  const mentions = view.mentions.map((m) => {
    const text = view.article.paragraphs[m.paragraph]?.slice(m.start, m.end) ?? '';
    const shared = forms.has(normalizeAlias(text)) ? sharedChoice(matcher, text, m.entityId) : undefined;
    return shared ? { ...m, shared } : m;
  });
  return { ...view, mentions };
}
