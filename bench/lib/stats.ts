import type { Budget, Row, Stats, Status } from './types.ts';

export function median(values: number[]): number {
  return percentile(values, 50);
}

/** Linear-interpolated percentile (the same definition as numpy's default). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (rank - lo);
}

export function summarize(values: number[]): Stats {
  return {
    n: values.length,
    median: median(values),
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

export function verdict(value: number | null, budget: Budget | undefined): Status {
  if (value === null || Number.isNaN(value)) return 'NOT MEASURED';
  if (!budget) return 'INFO';
  const ok = budget.op === '<=' ? value <= budget.limit : value >= budget.limit;
  return ok ? 'PASS' : 'FAIL';
}

/** Round for display: 3 significant figures below 100, integers above. */
export function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const abs = Math.abs(n);
  if (Number.isInteger(n)) return n.toLocaleString('en-US');
  if (abs >= 100) return Math.round(n).toLocaleString('en-US');
  if (abs >= 10) return n.toFixed(1);
  if (abs >= 1) return n.toFixed(2);
  if (abs === 0) return '0';
  return n.toPrecision(2);
}

type RowBase = Pick<Row, 'id' | 'group' | 'metric' | 'unit' | 'budget' | 'note'>;

/** A row whose figure is one number (e.g. a median); its status follows from the budget. */
export function row(base: RowBase, value: number | null, extra: Partial<Row> = {}): Row {
  return { ...base, value, status: verdict(value, base.budget), ...extra };
}

/** A row from repeated samples: the figure is the median, or the p95 when `use` says so. */
export function sampledRow(base: RowBase, samples: number[], use: 'median' | 'p95' = 'median'): Row {
  if (samples.length === 0) return notMeasured(base, base.note ?? 'no samples');
  const stats = summarize(samples);
  const value = use === 'median' ? stats.median : stats.p95;
  const display =
    use === 'p95'
      ? `p50 ${fmt(stats.p50)} · p95 ${fmt(stats.p95)} ${base.unit}`
      : `${fmt(stats.median)} ${base.unit} (${fmt(stats.min)}–${fmt(stats.max)})`;
  return { ...base, value, display, status: verdict(value, base.budget), stats, samples };
}

export function notMeasured(base: RowBase, reason: string): Row {
  return { ...base, value: null, status: 'NOT MEASURED', note: `not measured: ${reason}` };
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? String(error)) : String(error);
}
