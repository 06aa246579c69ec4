// How an added article is recognised when it comes again: by its address (tracking parameters and fragments
// aside) and by its text (the same paragraphs, whatever the spacing, case or headline around them).

/** Query parameters that say how the reader arrived, not which article it is. */
const TRACKING =
  /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ocid|smid|cmpid|icid|ncid|sr_share|at_\w+|_ga|_gl)$/i;

/** The form URLs are compared in: lower-case host, no fragment, no tracking parameters, no trailing slash. */
export function normalizeUrl(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  url.searchParams.sort();
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
  const query = url.searchParams.toString();
  return `${url.protocol}//${url.host.toLowerCase()}${path}${query ? `?${query}` : ''}`;
}

/** Every form of an article's addresses it can be found by (its own and its canonical one). */
export function urlKeys(...hrefs: (string | undefined)[]): string[] {
  const keys = hrefs.map((h) => (h ? normalizeUrl(h) : undefined)).filter((k): k is string => k !== undefined);
  return [...new Set(keys)];
}

/**
 * SHA-256 of the article's paragraphs, joined and with whitespace and case folded: the ingest's own notion of
 * "the same text" (lib/corpus/pack.ts skips a file whose body matches another's the same way).
 */
export async function textFingerprint(paragraphs: readonly string[]): Promise<string> {
  const text = paragraphs.join('\n').replace(/\s+/gu, ' ').trim().toLowerCase();
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Added articles are named by their text, so an export imported elsewhere keeps its ids. */
export function userArticleId(fingerprint: string): string {
  return `u-${fingerprint.slice(0, 16)}`;
}

/** The id the reader knows an added article by: the pipeline names an article after its file, `<id>.txt`. */
export function readerArticleId(storedId: string): string {
  return `a-${storedId}`;
}
