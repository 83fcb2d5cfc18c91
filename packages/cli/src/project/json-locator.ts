import type { ProblemPath } from "@nrs/core";

/** A 1-based line and column in a text file. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * Finds where each value of a JSON text starts, so that a problem found by a schema at a path such as
 * `objectifs[2].indicateurs` can be reported at `strategie.json:41:7` like a CSV problem.
 *
 * @example
 * ```ts
 * import { locateJson } from "@nrs/cli";
 * const where = locateJson('{\n  "nom": 3\n}');
 * console.log(where(["nom"])); // { line: 2, column: 10 }
 * ```
 */
export function locateJson(source: string): (path: ProblemPath) => TextPosition | undefined {
  // Editors do not show a byte-order mark, so columns are counted without it.
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const positions = new Map<string, number>();
  try {
    new Scanner(text, positions).document();
  } catch {
    // The text is not valid JSON: the positions found before the error are still right.
  }
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  return (path) => {
    // A missing member has no position of its own: point at the closest object that should hold it.
    for (let n = path.length; n >= 0; n--) {
      const offset = positions.get(key(path.slice(0, n)));
      if (offset !== undefined) return positionOf(offset, lineStarts);
    }
    return undefined;
  };
}

/**
 * The keys given twice in one object of a JSON text, at their second occurrence. `JSON.parse` keeps the
 * last value without a word, so the first one would be lost: the reader refuses such a document.
 * `'{"nom": "A",\n "nom": "B"}'` gives `[{ path: ["nom"], line: 2, column: 2 }]`.
 */
export function duplicateJsonKeys(source: string): { path: (string | number)[]; line: number; column: number }[] {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const scanner = new Scanner(text, new Map());
  try {
    scanner.document();
  } catch {
    // Only called on text that JSON.parse accepted; a scanner failure still leaves what it found.
  }
  return scanner.duplicates.map((d) => ({ path: d.path, ...offsetToPosition(text, d.offset) }));
}

/**
 * Where a text that `JSON.parse` refused stops being JSON, as a 1-based line and column (the byte-order
 * mark not counted): the engine's message gives no position for « Unexpected token » (a comment, `NaN`).
 * `'{\n  "a": NaN\n}'` gives `{ line: 2, column: 8 }`; a text cut short gives its end.
 */
export function jsonSyntaxError(source: string): TextPosition {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const offset = new Scanner(text, new Map()).errorOffset();
  return offsetToPosition(text, offset);
}

/**
 * Converts a character offset into a 1-based line and column.
 *
 * @example
 * ```ts
 * import { offsetToPosition } from "@nrs/cli";
 * console.log(offsetToPosition("ab\ncd", 4)); // { line: 2, column: 2 }
 * ```
 */
export function offsetToPosition(text: string, offset: number): TextPosition {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

function positionOf(offset: number, lineStarts: readonly number[]): TextPosition {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
}

function key(path: ProblemPath): string {
  return JSON.stringify(path);
}

const JSON_SCALAR = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)$/;
const JSON_SPACE = /[ \t\n\r]/;

class Scanner {
  private i = 0;
  /** Keys given twice in one object, at their second occurrence. */
  readonly duplicates: { path: (string | number)[]; offset: number }[] = [];
  constructor(
    private readonly text: string,
    private readonly positions: Map<string, number>,
  ) {}

  document(): void {
    this.value([]);
  }

  private value(path: (string | number)[]): void {
    this.ws();
    this.positions.set(key(path), this.i);
    const c = this.text[this.i];
    if (c === "{") this.object(path);
    else if (c === "[") this.array(path);
    else if (c === '"') this.string();
    else this.scalar();
  }

  private object(path: (string | number)[]): void {
    this.i++;
    this.ws();
    if (this.text[this.i] === "}") {
      this.i++;
      return;
    }
    const names = new Set<string>();
    for (;;) {
      this.ws();
      const at = this.i;
      const name = JSON.parse(this.text.slice(this.i, this.string())) as string;
      if (names.has(name)) this.duplicates.push({ path: [...path, name], offset: at });
      names.add(name);
      this.ws();
      if (this.text[this.i] !== ":") throw new Error("expected :");
      this.i++;
      this.value([...path, name]);
      this.ws();
      const c = this.text[this.i++];
      if (c === "}") return;
      if (c !== ",") throw new Error("expected , or }");
    }
  }

  private array(path: (string | number)[]): void {
    this.i++;
    this.ws();
    if (this.text[this.i] === "]") {
      this.i++;
      return;
    }
    for (let index = 0; ; index++) {
      this.value([...path, index]);
      this.ws();
      const c = this.text[this.i++];
      if (c === "]") return;
      if (c !== ",") throw new Error("expected , or ]");
    }
  }

  /** Skips a string and returns the offset just after its closing quote. */
  private string(): number {
    if (this.text[this.i] !== '"') throw new Error("expected string");
    this.i++;
    while (this.i < this.text.length) {
      const c = this.text[this.i++];
      if (c === "\\") this.i++;
      else if (c === '"') return this.i;
    }
    throw new Error("unterminated string");
  }

  private scalar(): void {
    const start = this.i;
    while (this.i < this.text.length && !/[\s,\]}]/.test(this.text[this.i] ?? "")) this.i++;
    // A comment, NaN or a bare word stops here, at its first character.
    if (!JSON_SCALAR.test(this.text.slice(start, this.i))) {
      this.i = start;
      throw new Error("expected value");
    }
  }

  private ws(): void {
    while (this.i < this.text.length && JSON_SPACE.test(this.text[this.i] ?? "")) this.i++;
  }

  /** Where the document stops being JSON (the end of the text when it never does). */
  errorOffset(): number {
    try {
      this.document();
      this.ws();
    } catch {
      // this.i is where the scan stopped.
    }
    return this.i;
  }
}
