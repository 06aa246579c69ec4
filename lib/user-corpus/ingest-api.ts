// The seam between the background and its lazily loaded ingest bundle (entrypoints/ingest.ts): the pipeline and
// compromise's lexicon cost some 200–600 ms to evaluate, so the worker loads them when the reader first adds an
// article, never at wake-up (lib/background/ingest-loader.ts).
import type { ingestPrepared, prepareExtracted, prepareText } from './ingest-one.ts';

export interface IngestApi {
  prepareText: typeof prepareText;
  prepareExtracted: typeof prepareExtracted;
  ingestPrepared: typeof ingestPrepared;
}

/** The global the bundle sets when it is evaluated (an IIFE: the worker loads it with importScripts). */
export const INGEST_GLOBAL = '__backgrounderIngest';
/** The bundle's path inside the extension. */
export const INGEST_SCRIPT_PATH = '/ingest.js';
