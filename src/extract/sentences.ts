// Stage 3: paragraphs → sentences, each with its offset in the normalized text.
export interface Sentence {
  text: string;
  /** Offset of the first character in the normalized text. */
  start: number;
  paragraph: number;
  caption: boolean;
  heading: boolean;
}

const END = /[。！？!?；]+[”’」』）]*/g;
/** Sentences longer than this are cut at a comma so that no rule ever scans an unbounded string. */
const MAX_SENTENCE = 400;

export function splitSentences(text: string, start: number, paragraph: number, caption = false, heading = false): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (to: number) => {
    let s = from;
    while (s < to) {
      let e = to;
      if (e - s > MAX_SENTENCE) {
        const comma = text.lastIndexOf('，', s + MAX_SENTENCE);
        e = comma > s + MAX_SENTENCE / 2 ? comma + 1 : s + MAX_SENTENCE;
      }
      // Layout whitespace (indentation, a blanked byline, column spacing at the end) is no part of a sentence.
      const piece = text.slice(s, e);
      const lead = piece.length - piece.trimStart().length;
      if (piece.trim()) out.push({ text: piece.trim(), start: start + s + lead, paragraph, caption, heading });
      s = e;
    }
    from = to;
  };
  for (const m of text.matchAll(END)) push(m.index + m[0].length);
  push(text.length);
  return out;
}
