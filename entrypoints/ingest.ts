// The corpus pipeline for the reader's own articles, as a script of its own that the background loads only when
// an article is added (lib/background/ingest-loader.ts): it sets one global, read through lib/user-corpus/ingest-api.ts.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { INGEST_GLOBAL, type IngestApi } from '../lib/user-corpus/ingest-api.ts';
import { ingestPrepared, prepareExtracted, prepareText } from '../lib/user-corpus/ingest-one.ts';

export default defineUnlistedScript(() => {
  const api: IngestApi = { prepareText, prepareExtracted, ingestPrepared };
  (globalThis as unknown as Record<string, IngestApi>)[INGEST_GLOBAL] = api;
});
