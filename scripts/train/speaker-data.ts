// Training and evaluation data for the speaker ranker, from PolNeAR (../shared/eval/polnear, read in place).
// The pipeline reads every article; each gold quote is matched to the quote span the pipeline found, and each
// of that quote's candidates is labelled: for a named source, the candidates whose entity has the gold name
// (score.py's rule); for a pronoun or a description, the mention at the head of the annotated source span
// (and mentions of the entity it stands for); otherwise "nobody".
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attributeArticle } from '../../lib/corpus/attribution.ts';
import { buildPackReport, type SourceFile } from '../../lib/corpus/pack.ts';
import type { Draft } from '../../lib/corpus/registry.ts';
import type { SpeakerCandidate } from '../../lib/corpus/speaker-features.ts';
import type { SpeakerModel } from '../../lib/corpus/speaker-model.ts';
import { particleSurname } from '../../lib/corpus/variants.ts';
import { type GoldQuote, norm, type QuoteGold, speakerOk } from '../eval/score.ts';

export interface Labelled extends SpeakerCandidate {
  positive: boolean;
  /** The entity has the gold name (named sources only). */
  right?: boolean;
}

export interface Example {
  file: string;
  split: string;
  gold: GoldQuote;
  candidates: Labelled[];
  /** The quote's paragraph around it, for reading errors. */
  context?: string;
}

export function readPolnear(dir: string): { gold: QuoteGold; sources: SourceFile[] } {
  const gold: QuoteGold = JSON.parse(readFileSync(join(dir, 'quotes.json'), 'utf8'));
  const articles = join(dir, 'articles');
  const sources = readdirSync(articles)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(articles, file), 'utf8') }));
  return { gold, sources };
}

const formsCache = new WeakMap<Draft, { name: string; aliases: string[] }>();
function formsOf(d: Draft) {
  let f = formsCache.get(d);
  if (!f) {
    // The pack's aliases (entities.ts) also hold a surname with its particles ("Le Gall"), which score.py reads.
    const surname = d.kind === 'person' ? particleSurname(d.key) : undefined;
    f = { name: d.key, aliases: [...d.surfaces.keys(), ...(surname ? [surname] : [])] };
    formsCache.set(d, f);
  }
  return f;
}

/** Offsets of the source span in a text, whole words, case-insensitive. */
function occurrences(text: string, source: string): number[] {
  const needle = source.trim().toLowerCase();
  if (!needle) return [];
  const lower = text.toLowerCase();
  const out: number[] = [];
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
    const before = text[at - 1];
    const after = text[at + needle.length];
    if (
      (before === undefined || !/[\p{L}\p{N}]/u.test(before)) &&
      (after === undefined || !/[\p{L}\p{N}]/u.test(after))
    )
      out.push(at);
  }
  return out;
}

/** The head of an annotated source span: its words before a preposition, comma or relative clause. */
function headSegment(source: string): string {
  const cut = /\s(?:of|for|to|at|from|with|in|on|who|which|that|whose)\s|,/u.exec(source);
  return (cut ? source.slice(0, cut.index) : source).trim();
}

/**
 * Runs the pipeline on the articles with `model` deciding (so each quote sees the previous decisions the model
 * itself took) and returns one labelled example per gold quote that the pipeline found.
 */
export function collect(
  sources: readonly SourceFile[],
  gold: QuoteGold,
  model: SpeakerModel,
  onDrafts?: (drafts: readonly Draft[]) => void,
): Example[] {
  const byFile = new Map(gold.documents.map((d) => [d.file, d]));
  const examples: Example[] = [];
  let seenDrafts = false;
  buildPackReport(sources, [], {
    onArticle: ({ article, paras, drafts }) => {
      if (onDrafts && !seenDrafts) {
        seenDrafts = true;
        onDrafts(drafts);
      }
      const doc = byFile.get(article.file);
      if (!doc) return;
      const spans = paras.flatMap((para, p) =>
        para.quotes.map((q, qi) => ({ p, qi, n: norm(para.text.slice(q.start, q.end)) })),
      );
      const wanted = new Map<string, GoldQuote[]>();
      for (const g of doc.quotes) {
        const gn = norm(g.text);
        let best: (typeof spans)[number] | undefined;
        let bestLen = 0;
        for (const s of spans) {
          if (!s.n) continue;
          if (s.n.includes(gn) || (gn.includes(s.n) && s.n.length >= 0.5 * gn.length)) {
            const l = Math.min(gn.length, s.n.length);
            if (l > bestLen) {
              best = s;
              bestLen = l;
            }
          }
        }
        if (!best) continue;
        const key = `${best.p}:${best.qi}`;
        wanted.set(key, [...(wanted.get(key) ?? []), g]);
      }
      attributeArticle(paras, drafts, {
        model,
        observe: (p, qi, cands) => {
          const para = paras[p];
          const q = para?.quotes[qi];
          const context =
            para && q
              ? `${para.text.slice(Math.max(0, q.open - 240), q.open)}⟦…⟧${para.text.slice(q.close, q.close + 160)}`
              : '';
          for (const g of wanted.get(`${p}:${qi}`) ?? []) {
            examples.push({
              file: doc.file,
              split: doc.split,
              gold: g,
              candidates: label(g, cands, paras, p, qi, drafts),
              context,
            });
          }
        },
      });
    },
  });
  return examples;
}

function label(
  g: GoldQuote,
  cands: readonly SpeakerCandidate[],
  paras: readonly { text: string; quotes: { open: number; close: number }[] }[],
  p: number,
  qi: number,
  drafts: readonly Draft[],
): Labelled[] {
  const out: Labelled[] = cands.map((c) => ({ ...c, positive: false }));
  if (g.sourceKind === 'named') {
    for (const c of out) {
      const d = c.entity >= 0 ? drafts[c.entity] : undefined;
      if (d && speakerOk(g.speaker ?? '', formsOf(d))) {
        c.positive = true;
        c.right = true;
      }
    }
  } else if (g.sourceKind !== 'none') {
    const head = headSegment(g.source);
    const q = paras[p]?.quotes[qi];
    let at: { para: number; offset: number } | undefined;
    const here = occurrences(paras[p]?.text ?? '', g.source).filter((o) => !q || o < q.open || o >= q.close);
    if (here.length > 0 && q) {
      const offset = here.reduce((a, b) => (Math.abs(b - q.open) < Math.abs(a - q.open) ? b : a));
      at = { para: p, offset };
    } else {
      for (let k = p - 1; k >= Math.max(0, p - 3) && !at; k--) {
        const found = occurrences(paras[k]?.text ?? '', g.source);
        if (found.length > 0) at = { para: k, offset: found[found.length - 1] as number };
      }
    }
    if (at) {
      const headEnd = at.offset + head.length;
      const headStart = at.offset;
      const hit = out.filter(
        (c) =>
          c.kind === 'mention' && c.para === at.para && c.start < headEnd && c.end > headStart && c.end >= headEnd - 1,
      );
      const chosen =
        hit.length > 0
          ? hit
          : out.filter((c) => c.kind === 'mention' && c.para === at.para && c.start < headEnd && c.end > headStart);
      const last = chosen.reduce<Labelled | undefined>((a, b) => (!a || b.end > a.end ? b : a), undefined);
      if (last) {
        last.positive = true;
        if (last.entity >= 0) for (const c of out) if (c.entity === last.entity) c.positive = true;
      }
    }
  }
  if (!out.some((c) => c.positive)) {
    const none = out.find((c) => c.kind === 'none');
    if (none) none.positive = true;
  }
  return out;
}
