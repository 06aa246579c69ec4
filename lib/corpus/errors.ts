/** A problem with the user's input: reported as its message alone, never with a stack trace. */
export class IngestError extends Error {
  override name = 'IngestError';
}

/** Something odd in one file that ingestion worked around (or a file it had to skip). */
export interface IngestWarning {
  file: string;
  /** 1-based line in the file, where it helps to find the problem. */
  line?: number;
  message: string;
  /** True when the whole file was left out of the pack. */
  skipped?: boolean;
}

export function formatWarning(w: IngestWarning): string {
  return `${w.file}${w.line === undefined ? '' : `:${w.line}`}: ${w.message}`;
}
