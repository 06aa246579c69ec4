// How long the user layer takes in Node for N added 10 kB articles over a built extension's bundled layout:
// linking (the bundled form table read once), compiling the user page matcher, and building the user search
// index; and what the second matcher costs a page's scan (1 MB of article text, bundled alone against both). `node --experimental-strip-types scripts/measure-user-layer.ts [layout dir] [counts…]`
// (default: .output/chrome-mv3/pack, 1 10 50 200). The pipeline's own time is not counted.
import { tenKbArticles } from '../bench/sections/user-articles.ts';
import { createPackStore } from '../lib/background/pack-store.ts';
import { diskSource } from '../lib/layout/disk.ts';
import { createMatcher } from '../lib/matching/matcher.ts';
import { combineMatchers } from '../lib/page/user-overlay.ts';
import { ingestPrepared, prepareText } from '../lib/user-corpus/ingest-one.ts';
import { loadBundledForms } from '../lib/user-layer/bundled-forms.ts';
import { type AddedArticle, linkArticles } from '../lib/user-layer/link.ts';
import { compileUserMatcher } from '../lib/user-layer/page-matcher.ts';
import { buildUserIndex } from '../lib/user-layer/search.ts';

const [dir = '.output/chrome-mv3/pack', ...rest] = process.argv.slice(2);
const counts = rest.length > 0 ? rest.map(Number) : [1, 10, 50, 200];
const bundled = createPackStore(diskSource(dir));
const texts = tenKbArticles(Math.max(...counts));
const added: AddedArticle[] = [];
for (const [i, text] of texts.entries()) {
  const prepared = await prepareText(`a-${i}.txt`, text);
  if (!prepared.ok) throw new Error(prepared.message);
  const result = ingestPrepared(prepared);
  if (!result.ok) throw new Error(result.message);
  const addedAt = new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString();
  added.push({
    article: { id: prepared.id, title: `Article ${i}`, addedAt, site: 'Bench Courier' },
    pack: result.pack,
  });
}
const forms = await loadBundledForms(bundled);
const time = async <T>(f: () => T | Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const value = await f();
  return [value, performance.now() - t0];
};
console.log(`bundled: ${forms.count} entities; ${dir}`);
console.log('articles | entities | link ms | compile ms | matcher kB | search index ms');
for (const n of counts) {
  const runs: number[][] = [];
  let summary = '';
  for (let r = 0; r < 5; r++) {
    const [corpus, link] = await time(() => linkArticles(added.slice(0, n), forms));
    const [compiled, compile] = await time(() => compileUserMatcher(corpus));
    const [, index] = await time(() => buildUserIndex(corpus));
    runs.push([link, compile, index]);
    summary = `${corpus.entities.length} | ${(JSON.stringify(compiled?.data ?? null).length / 1024).toFixed(1)}`;
  }
  const med = (k: number) => {
    const v = runs.map((x) => x[k] as number).sort((a, b) => a - b);
    return (v[Math.floor(v.length / 2)] as number).toFixed(1);
  };
  const [entities, kb] = summary.split(' | ');
  console.log(`${n} | ${entities} | ${med(0)} | ${med(1)} | ${kb} | ${med(2)}`);
}

// A page's scan: the bundled matcher alone, then with the user matcher of the largest count beside it.
const page = await bundled.matcherPage();
const alone = createMatcher(page);
const user = compileUserMatcher(await linkArticles(added, forms));
if (user) {
  const both = combineMatchers(alone, user.data);
  let text = '';
  for (let i = 0; text.length < 1_000_000; i++) text += `${texts[i % texts.length]}\n`;
  const scan = (m: typeof alone) => {
    const t0 = performance.now();
    const found = m.find(text).length;
    return [performance.now() - t0, found] as const;
  };
  const runs: [number, number, number, number][] = [];
  for (let r = 0; r < 7; r++) {
    const [a, na] = scan(alone);
    const [b, nb] = scan(both);
    runs.push([a, na, b, nb]);
  }
  const med = (k: 0 | 2) =>
    runs
      .map((x) => x[k])
      .sort((x, y) => x - y)[3]
      ?.toFixed(1);
  const last = runs[runs.length - 1] ?? [0, 0, 0, 0];
  console.log(
    `1 MB scan: bundled alone ${med(0)} ms (${last[1]} names), with the user matcher of ${added.length} articles ${med(2)} ms (${last[3]} names)`,
  );
}
