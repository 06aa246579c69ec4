import { fmt } from './stats.ts';
import type { Machine, Results, Row } from './types.ts';

export function budgetText(r: Row): string {
  if (!r.budget) return '';
  return `${r.budget.op === '<=' ? '≤' : '≥'} ${fmt(r.budget.limit)} ${r.unit}`.trim();
}

export function figureText(r: Row): string {
  if (r.value === null) return '—';
  return r.display ?? `${fmt(r.value)} ${r.unit}`.trim();
}

export function machineText(m: Machine): string {
  return [
    `CPU ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB RAM, ${m.os} (kernel ${m.kernel})`,
    `Node ${m.node}, Chromium ${m.chromium}, Firefox ${m.firefox}; load average at start ${m.loadAverage.join(' ')}`,
  ].join('\n');
}

const HEAD = ['', 'Measurement', 'Figure', 'Budget', 'Result', 'Notes'];

function cells(rows: Row[]): string[][] {
  return rows.map((r) => [r.group, r.metric, figureText(r), budgetText(r), r.status, r.note ?? '']);
}

/** Plain-text table for the terminal: group names printed once, columns padded. */
export function textTable(results: Results): string {
  const body = cells(results.rows);
  let lastGroup = '';
  for (const c of body) {
    if (c[0] === lastGroup) c[0] = '';
    else lastGroup = c[0] as string;
  }
  const widths = HEAD.map((h, i) => Math.max(h.length, ...body.map((c) => (c[i] as string).length)));
  const line = (c: string[]) =>
    c
      .map((s, i) => (i === c.length - 1 ? s : s.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  const lines = [line(HEAD), rule];
  body.forEach((c, i) => {
    if (i > 0 && c[0] !== '') lines.push('');
    lines.push(line(c));
  });
  const counts = countStatuses(results.rows);
  return [
    `Backgrounder benchmarks — ${results.mode} run, ${results.date}, ${Math.round(results.durationSeconds)} s`,
    machineText(results.machine),
    '',
    ...lines,
    '',
    counts,
  ].join('\n');
}

export function countStatuses(rows: Row[]): string {
  const n = (s: string) => rows.filter((r) => r.status === s).length;
  return `${n('PASS')} PASS · ${n('FAIL')} FAIL · ${n('INFO')} INFO · ${n('NOT MEASURED')} NOT MEASURED`;
}

const escapeMd = (s: string) => s.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Markdown table for the README. */
export function markdownTable(results: Results): string {
  const lines = [
    `Latest ${results.mode} run: ${results.date}, ${Math.round(results.durationSeconds)} s.`,
    '',
    machineText(results.machine)
      .split('\n')
      .map((l) => `${l}  `)
      .join('\n'),
    '',
    '| | Measurement | Figure | Budget | Result | Notes |',
    '|---|---|---|---|---|---|',
  ];
  let lastGroup = '';
  for (const c of cells(results.rows)) {
    const group = c[0] === lastGroup ? '' : (c[0] as string);
    lastGroup = c[0] as string;
    const status = c[4] === 'FAIL' ? '**FAIL**' : (c[4] as string);
    lines.push(`| ${[group, c[1], c[2], c[3], status, c[5]].map((s) => escapeMd(s as string)).join(' | ')} |`);
  }
  lines.push('', countStatuses(results.rows));
  return lines.join('\n');
}
