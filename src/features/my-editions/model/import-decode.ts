/**
 * Turning the bytes of an imported file into text.
 *
 * Spreadsheet apps save CSV in one of a few ways: UTF-8 (with or without a byte-order mark),
 * UTF-16 with a byte-order mark ("Unicode text"), or, in Chinese locales, GB18030 (GBK).
 */

/** The largest file an import accepts, in bytes (64 MiB: room for 300 000 rows of ~170 bytes). */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/** The encodings {@link decodeImportBytes} recognises. */
export type ImportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Text without its byte-order mark and the encoding it was read in, or `ok: false` when no encoding fits. */
export type DecodeResult =
  { readonly ok: true; readonly text: string; readonly encoding: ImportEncoding } | { readonly ok: false };

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function tryDecode(bytes: Uint8Array, encoding: ImportEncoding): string | undefined {
  try {
    // `fatal` makes an invalid sequence throw instead of becoming U+FFFD, so a GB18030 file is
    // never shown as UTF-8 mojibake. The decoder drops a leading byte-order mark itself.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * True when bytes that decode as GB18030 look like text in a single-byte encoding (Windows-1252,
 * Latin-1) instead: in Chinese text nearly every two-byte character has a second byte of 0xA1 or
 * more, while `Mü` or `ñ` followed by an ASCII letter pairs a high byte with an ASCII one.
 */
function looksSingleByte(bytes: Uint8Array): boolean {
  let pairs = 0;
  let asciiTrails = 0;
  for (let index = 0; index < bytes.length;) {
    const byte = bytes[index] ?? 0;
    const next = bytes[index + 1] ?? 0;
    if (byte < 0x80) index += 1;
    else if (next >= 0x30 && next <= 0x39) index += 4;
    else {
      pairs += 1;
      if (next < 0x80) asciiTrails += 1;
      index += 2;
    }
  }
  return pairs > 0 && asciiTrails / pairs > 0.2;
}

/**
 * Decodes an imported file: a UTF-16 byte-order mark picks UTF-16; otherwise valid UTF-8 is read
 * as UTF-8 (its byte-order mark stripped), and anything else as GB18030 unless it looks like a
 * single-byte Western encoding. Returns `ok: false` when the bytes are none of these (the caller
 * tells the user to re-save as "CSV UTF-8"): never garbled text.
 */
export function decodeImportBytes(bytes: Uint8Array): DecodeResult {
  const order: ImportEncoding[] = startsWith(bytes, [0xff, 0xfe])
    ? ['utf-16le']
    : startsWith(bytes, [0xfe, 0xff])
      ? ['utf-16be']
      : ['utf-8', 'gb18030'];
  for (const encoding of order) {
    const text = tryDecode(bytes, encoding);
    // A NUL never appears in a text file; finding one means the guess was wrong (or the file is binary).
    const plausible = encoding !== 'gb18030' || !looksSingleByte(bytes);
    if (text !== undefined && plausible && !text.includes('\u0000')) {
      return { ok: true, text: text.startsWith('\ufeff') ? text.slice(1) : text, encoding };
    }
  }
  return { ok: false };
}
