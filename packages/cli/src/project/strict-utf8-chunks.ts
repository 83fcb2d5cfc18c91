import { NrsError } from "@nrs/core";
import { encodingProblem } from "./encoding-problem.js";

/**
 * Decodes a byte stream as UTF-8 text chunks (a BOM is kept for the parsers to skip). Unless `lenient`,
 * the first character that is not readable UTF-8 (U+FFFD, which a Latin-1 byte decodes to) stops the
 * reading with an `NrsError` whose problem gives the file, line and column: the parsers never see
 * « Communaut� ». The inventory reader checks its cells itself, so it reads leniently.
 */
export async function* strictUtf8Chunks(bytes: AsyncIterable<Uint8Array>, file: string, lenient: boolean): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  let line = 1;
  let column = 1;
  const check = (text: string): void => {
    const bad = lenient ? -1 : text.indexOf("\uFFFD");
    const upTo = bad < 0 ? text.length : bad;
    for (let i = 0; i < upTo; i++) {
      if (text.charCodeAt(i) === 10) {
        line++;
        column = 1;
      } else column++;
    }
    if (bad >= 0) throw new NrsError([{ ...encodingProblem({ line, column }), file }]);
  };
  for await (const chunk of bytes) {
    const text = decoder.decode(chunk, { stream: true });
    if (!lenient) check(text);
    if (text.length > 0) yield text;
  }
  const rest = decoder.decode();
  if (!lenient) check(rest);
  if (rest.length > 0) yield rest;
}
