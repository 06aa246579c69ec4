// The shape of one benchmark row and of bench/results.json.

export type Status = 'PASS' | 'FAIL' | 'INFO' | 'NOT MEASURED';

export interface Budget {
  /** The figure must be at most (`<=`) or at least (`>=`) `limit`. */
  op: '<=' | '>=';
  limit: number;
}

export interface Stats {
  n: number;
  median: number;
  p50: number;
  p95: number;
  min: number;
  max: number;
}

export interface Row {
  /** Stable key, e.g. "highlight.1mb.added". */
  id: string;
  /** Section heading in the table, e.g. "1 Scan + highlight". */
  group: string;
  /** What the figure is, in words. */
  metric: string;
  /** The figure the budget applies to (the median, or the p95 where the budget says so); null when not measured. */
  value: number | null;
  unit: string;
  /** How the figure is printed (e.g. "p50 3.1 · p95 5.2 ms"); defaults to value + unit. */
  display?: string;
  budget?: Budget;
  status: Status;
  /** Method, sample count, or the reason a row is not measured. */
  note?: string;
  stats?: Stats;
  /** Raw per-run figures, warm-up excluded (JSON only). */
  samples?: number[];
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  kernel: string;
  node: string;
  chromium: string;
  firefox: string;
  loadAverage: [number, number, number];
}

export interface Results {
  date: string;
  mode: 'full' | 'quick';
  durationSeconds: number;
  machine: Machine;
  rows: Row[];
}

/** What every section receives. */
export interface BenchOptions {
  quick: boolean;
  /** Project root. */
  root: string;
  /** Built Chromium extension folder (manifest.json inside). */
  extensionDir: string;
  /** Development: only these page sizes in the highlight section (100kb, 1mb, 5mb). */
  sizes?: string[];
  /** Print progress lines. */
  log: (line: string) => void;
  /** Corpora the background, hover and ingest rows are measured at (bench/lib/corpora.ts). */
  corpora: import('./corpora.ts').CorpusName[];
}
