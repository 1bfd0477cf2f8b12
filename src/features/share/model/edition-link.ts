/**
 * The comparison a link carries in its fragment (`#c1.<payload>`): the edition as JSON, compressed
 * with zlib `deflate` (CompressionStream) and written in base64url. The fragment never leaves the
 * browser (it is not part of any request), so the comparison travels with no server.
 *
 * Pure TS, no React and no zod: what the JSON must be is checked by the caller (the comparison's
 * own check lives with the comparisons). Loaded on demand, never by the first view.
 */

/** The fragment's prefix: format version 1. A new format gets a new prefix; old links keep decoding. */
export const EDITION_LINK_PREFIX = 'c1.';

/**
 * The prefix of a fragment that carries the reader's edited scores of an edition every reader has
 * (the article's): `{ edition, scores }`, see ./shared-scores. Same encoding as a comparison's.
 */
export const SCORES_LINK_PREFIX = 's1.';

/** Longer links than this are cut or refused by chat apps and mail clients (characters). */
export const LINK_LENGTH_LIMIT = 8000;

/** Most bytes a fragment may inflate to: a bigger one is refused rather than filling memory. */
export const MAX_INFLATED_BYTES = 5 * 1024 * 1024;

/** Why a fragment carries no edition. Each has a translated message (`sharedLink.problem.*`). */
export type LinkProblem =
  /** The fragment starts like a comparison but in a version this page does not know. */
  | 'version'
  /** Characters outside base64url: the link was changed or mangled by whatever carried it. */
  | 'encoding'
  /** The data ends early or fails its checksum: the link was cut or altered. */
  | 'damaged'
  /** It inflates to more than {@link MAX_INFLATED_BYTES}. */
  | 'tooBig'
  /** It inflates, but not to JSON text. */
  | 'notJson';

/** What a fragment holds: parsed JSON (to be checked as an edition), or why not. */
export type DecodedLink =
  { readonly ok: true; readonly json: unknown } | { readonly ok: false; readonly problem: LinkProblem };

/** True when `hash` (with or without its `#`) is meant to carry a comparison (`c` and a version). */
export function isEditionFragment(hash: string): boolean {
  return /^#?c\d+\./.test(hash);
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short (a long one overflows the stack).
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  // A length of 4n + 1 is a link cut mid-character: its last character holds no whole byte, and
  // the inflater then reports the data as cut (`damaged`), which is what happened.
  const whole = text.length % 4 === 1 ? text.slice(0, -1) : text;
  const binary = atob(whole.replaceAll('-', '+').replaceAll('_', '/'));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * Runs `bytes` through a (de)compression stream. Written to the stream's writer, not piped from a
 * Blob: jsdom's Blob has no `stream()`. A write's own rejection is the same failure the reader
 * reports, so it is caught here (else it would surface as an unhandled rejection).
 */
function through(
  bytes: Uint8Array<ArrayBuffer>,
  transform: CompressionStream | DecompressionStream,
): ReadableStream<Uint8Array> {
  const writer = transform.writable.getWriter();
  writer.write(bytes).catch(() => undefined);
  writer.close().catch(() => undefined);
  return transform.readable;
}

async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | 'tooBig'> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return 'tooBig';
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * The fragment (without `#`) that carries `value`: `prefix` (`c1.` for a comparison, `s1.` for
 * edited scores) then the JSON text, deflated and in base64url (URL-safe, no padding). `value`
 * must be plain JSON data.
 */
export async function encodeEditionFragment(value: unknown, prefix: string = EDITION_LINK_PREFIX): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(value));
  const stream = through(json, new CompressionStream('deflate'));
  const packed = await readAll(stream, Number.POSITIVE_INFINITY);
  return `${prefix}${toBase64Url(packed as Uint8Array)}`;
}

/**
 * Reads any fragment (with or without `#`): the JSON it carries after `prefix` (a comparison's by
 * default), or the {@link LinkProblem} that stops it. zlib's checksum (Adler-32) makes a cut or
 * altered payload `damaged` rather than a different edition. Never throws and never rejects.
 */
export async function decodeEditionFragment(hash: string, prefix: string = EDITION_LINK_PREFIX): Promise<DecodedLink> {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!fragment.startsWith(prefix)) return { ok: false, problem: 'version' };
  let payload = fragment.slice(prefix.length);
  // Some chat apps percent-encode or trim what they pass on; base64url needs no escaping at all.
  try {
    payload = decodeURIComponent(payload);
  } catch {
    return { ok: false, problem: 'encoding' };
  }
  const bytes = fromBase64Url(payload.trim());
  if (!bytes) return { ok: false, problem: 'encoding' };
  let inflated: Uint8Array | 'tooBig';
  try {
    const stream = through(bytes, new DecompressionStream('deflate'));
    inflated = await readAll(stream, MAX_INFLATED_BYTES);
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  if (inflated === 'tooBig') return { ok: false, problem: 'tooBig' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch {
    return { ok: false, problem: 'notJson' };
  }
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problem: 'notJson' };
  }
}
