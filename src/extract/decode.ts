// Turning input bytes into text, or into a clear reason why not.
// UTF-8 (with or without BOM) and UTF-16 with BOM are taken as they are; otherwise the
// encoding is detected (chardet) and decoded with iconv-lite: GB18030 (a superset of GBK
// and GB2312) and Big5 are what Chinese newspapers' archives come in.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import chardet from 'chardet';
import iconv from 'iconv-lite';

export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

/** A file that cannot be read as article text; `reason` says why in plain words. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'InputError';
  }
}

export interface DecodedDocument {
  /** The file's name as given (path), used as the article's `source`. */
  source: string;
  text: string;
  encoding: string;
}

const CHINESE_ENCODINGS = new Map([
  ['GB18030', 'gb18030'],
  ['GBK', 'gb18030'],
  ['GB2312', 'gb18030'],
  ['Big5', 'big5'],
  ['Big5-HKSCS', 'big5hkscs'],
]);

/** Decodes bytes to text; throws InputError naming `file` when they are not text we can read. */
export function decodeBytes(file: string, bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): DecodedDocument {
  if (bytes.length === 0) throw new InputError(file, 'empty file (0 bytes)');
  if (bytes.length > maxBytes) {
    throw new InputError(file, `too large: ${bytes.length} bytes, the limit is ${maxBytes} bytes (split it, or raise --max-bytes)`);
  }
  let text: string;
  let encoding: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    [text, encoding] = [new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le'];
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    [text, encoding] = [new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be'];
  } else {
    if (bytes.includes(0)) throw new InputError(file, 'binary file (contains NUL bytes), not text');
    const utf8 = tryUtf8(bytes);
    if (utf8 !== null) {
      [text, encoding] = [utf8, 'utf-8'];
    } else {
      const guess = chardet.analyse(bytes).find((m) => CHINESE_ENCODINGS.has(m.name) && m.confidence >= 10);
      const name = guess && CHINESE_ENCODINGS.get(guess.name);
      if (!name) throw new InputError(file, 'undecodable: not valid UTF-8, and not recognizably GB18030/GBK or Big5');
      text = iconv.decode(Buffer.from(bytes), name);
      encoding = name;
      const bad = countMatches(text, /\uFFFD/g);
      if (bad > Math.max(2, text.length / 200)) {
        throw new InputError(file, `undecodable: ${bad} invalid byte sequences when read as ${name}`);
      }
    }
  }
  return { source: file, text: checkText(file, text), encoding };
}

/**
 * The checks on decoded text (also for text that arrives decoded, such as the API's): the text without a
 * BOM, or InputError naming `file` when it is not article text.
 */
export function checkText(file: string, text: string): string {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputError(file, 'empty file (only whitespace)');
  const control = countMatches(text, /[\u0000-\u0008\u000e-\u001f\u007f]/g);
  if (control > text.length / 100) throw new InputError(file, 'binary file (control characters), not text');
  // Markup would be read as words (and its attributes as names): ask for the text instead.
  const tags = countMatches(text.slice(0, 200_000), /<\/?(?:html|head|body|div|p|br|span|a|table|tr|td|script|style|meta|!doctype)\b[^>]*>/gi);
  if (tags >= 3) throw new InputError(file, `HTML markup (${tags}+ tags), not plain article text: save the page as text first`);
  return text;
}

/** Reads and decodes one file; throws InputError with the reason. */
export async function readDocument(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<DecodedDocument> {
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) throw new InputError(path, 'not a regular file');
    size = st.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(path, `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  // Refuse before reading a huge file into memory.
  if (size > maxBytes) {
    throw new InputError(path, `too large: ${size} bytes, the limit is ${maxBytes} bytes (split it, or raise --max-bytes)`);
  }
  return decodeBytes(path, await readFile(path), maxBytes);
}

/** Short display name for messages and `source` fields. */
export function displayName(path: string): string {
  return path === '-' ? '<stdin>' : basename(path);
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function countMatches(text: string, re: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(re)) n++;
  return n;
}
