// The figures ../shared/eval/README.md defines, computed on a pack in memory. A line-by-line port of the
// reference scorer ../shared/eval/score.py (same folding, same matching, same speaker rule), so `npm run eval`
// and the regression floor in `npm test` report what score.py reports; scripts/eval/verify.ts checks that.
// Beyond the totals it keeps one record per gold quote and entity, for the error analysis.
import type { Entity, Pack, Quote } from '../../lib/corpus/types.ts';

export type SourceKind = 'named' | 'pronoun' | 'nominal' | 'none';

export interface GoldQuote {
  text: string;
  source: string;
  sourceKind: SourceKind;
  speaker: string | null;
}
export interface QuoteGold {
  documents: { file: string; split: string; quotes: GoldQuote[] }[];
}
export interface EntityGold {
  documents: { file: string; split: string; title: string; entities: { kind: string; forms: string[] }[] }[];
}

// score.py: fold() and norm(). Python's \w is letters, digits and "_"; NFKD then dropping combining marks.
const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .replace(/’/gu, "'")
    .replace(/‘/gu, "'")
    .replace(/“/gu, '"')
    .replace(/”/gu, '"')
    .replace(/\u00a0/gu, ' ');

export function norm(s: string): string {
  return fold(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_' ]+/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean)
    .join(' ');
}

const toks = (name: string) => norm(name).replaceAll("'s", '').split(/\s+/u).filter(Boolean);

const baseName = (file: string) => file.split(/[\\/]/u).pop() ?? file;

type SpeakerForms = Pick<Entity, 'name' | 'aliases'>;

/** score.py speaker_ok: one of the entity's forms ends in the gold name's last word, first names agreeing. */
export function speakerOk(goldName: string, ent: SpeakerForms | undefined): boolean {
  const g = toks(goldName);
  if (g.length === 0 || !ent) return false;
  const forms = [ent.name, ...(ent.aliases ?? [])].map(toks).filter((f) => f.length > 0);
  const gl = g[g.length - 1];
  if (!forms.some((f) => f[f.length - 1] === gl)) {
    const gj = g.join(' ');
    return forms.some((f) => f.length > 1 && g.length > 1 && (gj.includes(f.join(' ')) || f.join(' ').includes(gj)));
  }
  if (g.length >= 2) {
    const firsts = new Set(forms.filter((f) => f.length >= 2 && (f[0] as string).length > 1).map((f) => f[0]));
    const given = new Set(g.slice(0, -1).filter((t) => t.length > 1));
    if (firsts.size > 0 && given.size > 0 && ![...firsts].some((f) => given.has(f as string))) return false;
  }
  return true;
}

export type Verdict = 'correct' | 'wrong' | 'unattributed' | 'attributed' | 'unattributed-other' | 'missed';

export interface QuoteRecord {
  file: string;
  split: string;
  gold: GoldQuote;
  /** The pack quote score.py matches it to, if any. */
  match?: Quote;
  /** The speaker's name as the pack gives it. */
  got?: string;
  verdict: Verdict;
}

export interface QuoteCounts {
  gold: number;
  found: number;
  named: number;
  named_found: number;
  correct: number;
  wrong: number;
  unattributed: number;
  other: number;
  other_found: number;
  other_attributed: number;
}

export interface QuoteScore {
  counts: QuoteCounts & { fabricated: number; product_quotes: number; people: number; implausible_people: number };
  recall: number;
  attribution: number;
  wrong_rate: number;
  unattributed_rate: number;
  other_attributed: number;
  implausible_rate: number;
  /** The same figures for each PolNeAR split. */
  splits: Record<string, Figures>;
  records: QuoteRecord[];
  fabricated: { file: string; text: string }[];
  implausible: string[];
}

export interface Figures {
  counts: QuoteCounts;
  recall: number;
  attribution: number;
  wrong_rate: number;
  unattributed_rate: number;
  other_attributed: number;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

function emptyCounts(): QuoteCounts {
  return {
    gold: 0,
    found: 0,
    named: 0,
    named_found: 0,
    correct: 0,
    wrong: 0,
    unattributed: 0,
    other: 0,
    other_found: 0,
    other_attributed: 0,
  };
}

function figures(c: QuoteCounts): Figures {
  const n = Math.max(c.named, 1);
  return {
    counts: c,
    recall: round3(c.found / Math.max(c.gold, 1)),
    attribution: round3(c.correct / n),
    wrong_rate: round3(c.wrong / n),
    unattributed_rate: round3(c.unattributed / n),
    other_attributed: round3(c.other_attributed / Math.max(c.other_found, 1)),
  };
}

/** score.py: the longest pack quote that contains the gold text, or that it contains at half its length or more. */
function bestMatch(goldText: string, candidates: readonly { q: Quote; n: string }[]): Quote | undefined {
  const gn = norm(goldText);
  let best: Quote | undefined;
  let bestLen = 0;
  for (const { q, n: pn } of candidates) {
    if (!pn) continue;
    if (pn.includes(gn) || (gn.includes(pn) && pn.length >= 0.5 * gn.length)) {
      const l = Math.min(gn.length, pn.length);
      if (l > bestLen) {
        best = q;
        bestLen = l;
      }
    }
  }
  return best;
}

// score.py: name particles allowed in lower case inside a person's name.
const CONNECT = new Set([
  'de',
  'da',
  'van',
  'von',
  'bin',
  'al',
  'la',
  'le',
  'der',
  'del',
  'di',
  'du',
  'y',
  'el',
  'ibn',
]);
CONNECT.add('st.');
const isLowerStart = (w: string) => {
  const c = w[0];
  return c !== undefined && c !== c.toUpperCase() && c === c.toLowerCase();
};

export function implausiblePeople(pack: Pack): { people: number; odd: string[] } {
  const people = pack.entities.filter((e) => e.kind === 'person');
  const odd = people
    .map((e) => e.name)
    .filter((name) => {
      const words = name.split(/\s+/u).filter(Boolean);
      return words.length > 4 || words.some((w) => isLowerStart(w) && !CONNECT.has(w.toLowerCase()));
    });
  return { people: people.length, odd };
}

export function scoreQuotes(pack: Pack, gold: QuoteGold): QuoteScore {
  const byFile = new Map(pack.articles.map((a) => [baseName(a.file), a]));
  const ents = new Map(pack.entities.map((e) => [e.id, e]));
  const byArticle = new Map<string, { q: Quote; n: string }[]>();
  for (const q of pack.quotes) {
    const list = byArticle.get(q.articleId) ?? [];
    list.push({ q, n: norm(q.text) });
    byArticle.set(q.articleId, list);
  }
  const total = emptyCounts();
  const splits: Record<string, QuoteCounts> = {};
  const records: QuoteRecord[] = [];
  const fabricated: { file: string; text: string }[] = [];
  for (const doc of gold.documents) {
    const art = byFile.get(doc.file);
    const body = art ? norm([...art.paragraphs, art.title ?? ''].join(' ')) : '';
    const cands = art ? (byArticle.get(art.id) ?? []) : [];
    for (const { q, n } of cands) if (n && !body.includes(n)) fabricated.push({ file: doc.file, text: q.text });
    splits[doc.split] ??= emptyCounts();
    const local = splits[doc.split] as QuoteCounts;
    const bump = (k: keyof QuoteCounts) => {
      total[k]++;
      local[k]++;
    };
    for (const g of doc.quotes) {
      bump('gold');
      const best = bestMatch(g.text, cands);
      const named = g.sourceKind === 'named';
      bump(named ? 'named' : 'other');
      const rec: QuoteRecord = { file: doc.file, split: doc.split, gold: g, verdict: 'missed' };
      records.push(rec);
      if (!best) continue;
      rec.match = best;
      bump('found');
      let ent: SpeakerForms | undefined = best.speakerId ? ents.get(best.speakerId) : undefined;
      if (!ent && best.speaker) ent = { name: best.speaker, aliases: [] };
      if (ent) rec.got = ent.name;
      if (named) {
        bump('named_found');
        if (!ent) rec.verdict = 'unattributed';
        else rec.verdict = speakerOk(g.speaker ?? '', ent) ? 'correct' : 'wrong';
        bump(rec.verdict as keyof QuoteCounts);
      } else {
        bump('other_found');
        rec.verdict = best.speakerId || best.speaker ? 'attributed' : 'unattributed-other';
        if (rec.verdict === 'attributed') bump('other_attributed');
      }
    }
  }
  const { people, odd } = implausiblePeople(pack);
  const f = figures(total);
  return {
    ...f,
    counts: {
      ...total,
      fabricated: fabricated.length,
      product_quotes: pack.quotes.length,
      people,
      implausible_people: odd.length,
    },
    implausible_rate: round3(odd.length / Math.max(people, 1)),
    splits: Object.fromEntries(Object.entries(splits).map(([k, c]) => [k, figures(c)])),
    records,
    fabricated,
    implausible: odd,
  };
}

export interface EntityRecord {
  file: string;
  kind: string;
  forms: string[];
  verdict: 'found-kind' | 'wrong-kind' | 'missed';
  /** Kinds of the pack entities it was found as. */
  got?: string[];
}

export interface EntityScore {
  counts: {
    gold: number;
    found: number;
    found_kind: number;
    pairs: number;
    merged: number;
    product: number;
    confirmed: number;
  };
  recall: number;
  kind_recall: number;
  merge: number;
  confirmed: number;
  records: EntityRecord[];
  split: { file: string; pair: [string, string]; ids: [string[], string[]] }[];
  unconfirmed: { file: string; name: string; kind: string }[];
}

export function scoreEntities(pack: Pack, gold: EntityGold): EntityScore {
  const byFile = new Map(pack.articles.map((a) => [baseName(a.file), a]));
  const perDoc = new Map<string, Map<string, Entity>>();
  for (const e of pack.entities) {
    for (const m of e.mentions) {
      const list = perDoc.get(m.articleId) ?? new Map<string, Entity>();
      list.set(e.id, e);
      perDoc.set(m.articleId, list);
    }
  }
  const kindOf = new Map(pack.entities.map((e) => [e.id, e.kind]));
  const c = { gold: 0, found: 0, found_kind: 0, pairs: 0, merged: 0, product: 0, confirmed: 0 };
  const records: EntityRecord[] = [];
  const split: EntityScore['split'] = [];
  const unconfirmed: EntityScore['unconfirmed'] = [];
  for (const doc of gold.documents) {
    const art = byFile.get(doc.file);
    const pe = art ? [...(perDoc.get(art.id)?.values() ?? [])] : [];
    const formIndex = new Map<string, Set<string>>();
    for (const e of pe) {
      for (const f of [e.name, ...e.aliases]) {
        const k = norm(f);
        const set = formIndex.get(k) ?? new Set<string>();
        set.add(e.id);
        formIndex.set(k, set);
      }
    }
    const allForms = new Set(doc.entities.flatMap((g) => g.forms.map(norm)));
    for (const g of doc.entities) {
      c.gold++;
      const hit = new Set<string>();
      for (const f of g.forms) for (const id of formIndex.get(norm(f)) ?? []) hit.add(id);
      const rec: EntityRecord = { file: doc.file, kind: g.kind, forms: g.forms, verdict: 'missed' };
      if (hit.size > 0) {
        c.found++;
        const kinds = [...hit].map((id) => kindOf.get(id) as string);
        rec.got = [...new Set(kinds)].sort();
        if (kinds.includes(g.kind)) {
          c.found_kind++;
          rec.verdict = 'found-kind';
        } else rec.verdict = 'wrong-kind';
      }
      records.push(rec);
      const full = g.forms.filter((f) => f.split(/\s+/u).length >= 2);
      if (g.kind === 'person' && full.length > 0) {
        const first = full[0] as string;
        const sur = first.split(/\s+/u).pop() as string;
        if (g.forms.includes(sur)) {
          c.pairs++;
          const a = formIndex.get(norm(first)) ?? new Set<string>();
          const b = formIndex.get(norm(sur)) ?? new Set<string>();
          const same = a.size === 1 && b.size === 1 && [...a][0] === [...b][0];
          if (same) c.merged++;
          else split.push({ file: doc.file, pair: [first, sur], ids: [[...a].sort(), [...b].sort()] });
        }
      }
    }
    for (const e of pe) {
      if (e.kind !== 'person' && e.kind !== 'organization' && e.kind !== 'place') continue;
      c.product++;
      if ([e.name, ...e.aliases].some((f) => allForms.has(norm(f)))) c.confirmed++;
      else unconfirmed.push({ file: doc.file, name: e.name, kind: e.kind });
    }
  }
  return {
    counts: c,
    recall: round3(c.found / Math.max(c.gold, 1)),
    kind_recall: round3(c.found_kind / Math.max(c.gold, 1)),
    merge: round3(c.merged / Math.max(c.pairs, 1)),
    confirmed: round3(c.confirmed / Math.max(c.product, 1)),
    records,
    split,
    unconfirmed,
  };
}
