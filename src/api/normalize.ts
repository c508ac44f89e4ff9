// Query arguments that name something, normalized as the extractor normalizes names: NFKC (full-width
// letters and spaces, compatibility forms), zero-width and control characters dropped, traditional script
// to simplified. A name pasted from a web page with a zero-width space (王策飞 + U+200B) still resolves.
import * as OpenCC from 'opencc-js';

let converter: ((s: string) => string) | null = null;

// Zero-width and joiner characters, the BOM and soft hyphen, bidi marks, and C0/C1 controls.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;

export function normalizeQueryText(text: string): string {
  const cleaned = text.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  // Most lookups are already simplified Chinese or ASCII: the converter (a dictionary) is loaded on first need.
  if (!/[\u3400-\u9fff]/.test(cleaned)) return cleaned;
  const convert = (converter ??= OpenCC.Converter({ from: 'hk', to: 'cn' }));
  return convert(cleaned);
}
