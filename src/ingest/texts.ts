// Texts sent to the API (`ingestArticles`) into the one ingest use case, with the CLI's decode checks: a
// text the CLI would refuse as a file (NUL or control characters, HTML markup, too large) is refused here.
import type { Driver } from 'neo4j-driver';
import { checkText, DEFAULT_MAX_BYTES, InputError } from '../extract/decode.ts';
import type { SourceDocument } from '../extract/index.ts';
import { ingest, type IngestReport } from './ingest.ts';

export interface TextIngestOptions {
  maxBytes?: number;
  /**
   * Whether each document replaces what is stored under its source (stored articles of that source the
   * new text no longer produces are retracted). Default false: a text only adds, so a client can never
   * remove articles it did not send (say, those `kg ingest` loaded from a file of the same name).
   */
  replace?: boolean;
}

/**
 * The documents as the CLI would read them: its size limit (on the text's UTF-8 size) and its checks on
 * decoded text; throws InputError naming `documents[i]` and its source when one is refused. All are checked
 * before any is loaded. The text is checked as it is: a round trip through bytes (TextDecoder) cost ≈80 ms
 * of the event loop per 3 MB.
 */
export function checkTexts(docs: SourceDocument[], maxBytes = DEFAULT_MAX_BYTES): SourceDocument[] {
  return docs.map((doc, i) => {
    const label = `documents[${i}] (source "${doc.source}")`;
    const bytes = Buffer.byteLength(doc.text, 'utf8');
    if (bytes > maxBytes) throw new InputError(label, `too large: ${bytes} bytes, the limit is ${maxBytes} bytes`);
    if (doc.text.includes('\u0000')) throw new InputError(label, 'binary file (contains NUL bytes), not text');
    return { ...doc, text: checkText(label, doc.text) };
  });
}

/** The most people an `ingestArticles` request refreshes the co-attendance projection of. */
const API_REFRESH_AT_MOST = 2_000;

export async function ingestTexts(driver: Driver, docs: SourceDocument[], opts: TextIngestOptions = {}): Promise<IngestReport> {
  const checked = checkTexts(docs, opts.maxBytes);
  async function* inputs() {
    for (const doc of checked) yield { doc };
  }
  // A request refreshes the co-attendance of the people it touched; it does not wait for the refresh of a bulk
  // load another process is still feeding (then answers come from the events until that one stamps).
  return ingest(driver, inputs(), { replaces: () => opts.replace === true, coAttendanceMaxMarks: API_REFRESH_AT_MOST });
}

export { InputError };
