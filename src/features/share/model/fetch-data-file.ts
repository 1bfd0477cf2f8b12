/**
 * Fetching the data file a link names (`?src=<url>`): any https host that allows it (CORS), or
 * http on this machine only (localhost, 127.0.0.1), as the page's CSP (`connect-src`) allows.
 * Pure TS: the fetch is passed in, so tests and the page share one code path.
 */

/** Largest file read from a link, in bytes: the importer's own limit. */
export const MAX_LINKED_BYTES = 64 * 1024 * 1024;

/** Why a linked file was not read. Each has a translated message (`sharedLink.src.*`). */
export type FetchProblem =
  /** Not a URL at all. */
  | 'badUrl'
  /** Not https (nor http on localhost / 127.0.0.1). */
  | 'insecure'
  /** The browser got no answer it may read: CORS refused, offline, no such host. */
  | 'network'
  /** The host answered with an error status (404 …). */
  | 'status'
  | 'tooBig';

/** A file fetched from a link, or why not. */
export type FetchedFile =
  | { readonly ok: true; readonly name: string; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly problem: FetchProblem; readonly status?: number };

/** The URL a `src` value names when the page may fetch it, else why not. */
export function checkSourceUrl(src: string): URL | 'badUrl' | 'insecure' {
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return 'badUrl';
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1')) return url;
  return url.protocol === 'http:' ? 'insecure' : 'badUrl';
}

/**
 * Fetches `src` with no credentials and reads its body, calling `onProgress(received, total)`
 * (bytes; `total` 0 when the host does not say) as it arrives. Resolves with the bytes and the
 * file's name (the URL's last segment), or the {@link FetchProblem}. Never rejects.
 */
export async function fetchDataFile(
  src: string,
  onProgress: (received: number, total: number) => void,
  fetchImpl: typeof fetch = fetch,
): Promise<FetchedFile> {
  const url = checkSourceUrl(src);
  if (typeof url === 'string') return { ok: false, problem: url };
  let response: Response;
  try {
    // No cookies and no referrer go to the host: the file is public or it is not read.
    response = await fetchImpl(url, { credentials: 'omit', referrerPolicy: 'no-referrer', mode: 'cors' });
  } catch {
    return { ok: false, problem: 'network' };
  }
  if (!response.ok) return { ok: false, problem: 'status', status: response.status };
  const total = Number(response.headers.get('content-length') ?? 0) || 0;
  if (total > MAX_LINKED_BYTES) return { ok: false, problem: 'tooBig' };
  const name = fileNameOf(url) || 'data.json';
  try {
    if (!response.body) {
      const bytes = new Uint8Array(await response.arrayBuffer());
      onProgress(bytes.byteLength, total);
      return { ok: true, name, bytes };
    }
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > MAX_LINKED_BYTES) {
        await reader.cancel();
        return { ok: false, problem: 'tooBig' };
      }
      chunks.push(value);
      onProgress(received, total);
    }
    const bytes = new Uint8Array(received);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return { ok: true, name, bytes };
  } catch {
    return { ok: false, problem: 'network' };
  }
}

/** The last part of `url`'s path, decoded; as written when it is not valid percent-encoding. */
function fileNameOf(url: URL): string {
  const last = url.pathname.split('/').pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
