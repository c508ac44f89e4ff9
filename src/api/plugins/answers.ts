// Serializes each successful answer once, here, and caps its size: an answer over the cap is replaced by
// an ANSWER_TOO_LARGE error. Yoga then sends the same text (a result's own `stringify` is what yoga's JSON
// processor calls) and the response cache keeps it; neither serializes again.
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { apiError } from '../errors.ts';

const texts = new WeakMap<object, string>();

/** The JSON text of an answer this plugin serialized (undefined for answers with errors). */
export function serializedAnswer(result: unknown): string | undefined {
  return typeof result === 'object' && result !== null ? texts.get(result) : undefined;
}

/** An answer made from its JSON text (a cached one): yoga sends the text; `data` is parsed only if asked. */
export function answerFromText(text: string): ExecutionResult {
  const answer = {
    stringify: () => text,
    get data() {
      return (JSON.parse(text) as ExecutionResult).data;
    },
  };
  texts.set(answer, text);
  return answer as ExecutionResult;
}

/** UTF-8 bytes of `text`, counted only when its length alone cannot settle the comparison with `max`. */
function overBytes(text: string, max: number): boolean {
  if (text.length * 3 <= max) return false; // at most 3 UTF-8 bytes per UTF-16 unit
  return Buffer.byteLength(text) > max;
}

function tooLarge(max: number) {
  return apiError(
    'ANSWER_TOO_LARGE',
    `the answer is larger than ${max} bytes (KG_MAX_ANSWER_BYTES): ask for fewer fields, smaller pages or fewer nested lists`,
  );
}

export function useAnswers(maxBytes: number): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (!result || Symbol.asyncIterator in result) return;
          const { errors, data } = result as ExecutionResult;
          if (errors?.length) {
            // Partial data beside errors: measured, never kept (yoga serializes it with its error rules).
            if (data && overBytes(JSON.stringify(data), maxBytes)) setResult({ errors: [tooLarge(maxBytes)] });
            return;
          }
          const text = JSON.stringify(result);
          if (overBytes(text, maxBytes)) {
            setResult({ errors: [tooLarge(maxBytes)] });
            return;
          }
          const answer = { ...result, stringify: () => text };
          texts.set(answer, text);
          setResult(answer);
        },
      };
    },
  };
}
