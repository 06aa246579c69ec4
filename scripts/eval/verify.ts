// `npm run eval -- --verify`: runs the reference scorer (../shared/eval/score.py, Python 3) and compares its
// figures with the in-process port's. They must agree within half a point; any larger gap is a bug in
// scripts/eval/score.ts (or a difference between ingest in-process and `npm run ingest`).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityScore, QuoteScore } from './score.ts';

const TOLERANCE = 0.005;

interface Reference {
  quotes?: Record<string, number> & { counts: Record<string, number> };
  entities?: Record<string, number> & { counts: Record<string, number> };
}

export function compareWithReference(
  root: string,
  evalDir: string,
  quotes: QuoteScore | undefined,
  entities: EntityScore | undefined,
): { ok: boolean; rows: string[] } {
  const out = join(tmpdir(), 'backgrounder-eval-reference.json');
  const argv = [join(evalDir, 'score.py'), '--project', root, '--json', out];
  if (quotes) argv.push('--quotes', join(evalDir, 'polnear'));
  if (entities) argv.push('--entities', join(evalDir, 'gum'));
  const run = spawnSync('python3', argv, { encoding: 'utf8', timeout: 30 * 60 * 1000 });
  if (run.error || (run.status !== 0 && run.status !== 1)) {
    return { ok: false, rows: [`score.py could not run: ${run.error?.message ?? run.stderr.slice(-500)}`] };
  }
  const ref: Reference = JSON.parse(readFileSync(out, 'utf8'));
  const rows: string[] = [];
  let ok = true;
  const check = (label: string, mine: number, theirs: number | undefined, exact = false) => {
    const delta = theirs === undefined ? Number.NaN : mine - theirs;
    const good = exact ? delta === 0 : Math.abs(delta) <= TOLERANCE;
    if (!good) ok = false;
    rows.push(`${good ? 'ok  ' : 'DIFF'} ${label.padEnd(26)} eval ${mine}  score.py ${theirs}`);
  };
  if (quotes && ref.quotes) {
    check('quotes found', quotes.recall, ref.quotes.recall);
    check('named correct', quotes.attribution, ref.quotes.attribution);
    check('named wrong', quotes.wrong_rate, ref.quotes.wrong_rate);
    check('named unattributed', quotes.unattributed_rate, ref.quotes.unattributed_rate);
    check('pronoun/nominal attributed', quotes.other_attributed, ref.quotes.other_attributed);
    check('fabricated', quotes.counts.fabricated, ref.quotes.counts.fabricated, true);
    check('implausible people', quotes.implausible_rate, ref.quotes.implausible_rate);
  }
  if (entities && ref.entities) {
    check('entities found', entities.recall, ref.entities.recall);
    check('entities right kind', entities.kind_recall, ref.entities.kind_recall);
    check('full name + surname merged', entities.merge, ref.entities.merge);
    check('confirmed', entities.confirmed, ref.entities.confirmed);
  }
  return { ok, rows };
}
