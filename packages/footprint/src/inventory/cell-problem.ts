// A cell's verdict: the parsed value, or what is wrong with it (code and French and English message),
// without building a Problem (the reader adds line, column and path, and caches verdicts per text).

/** What is wrong with a cell. @internal */
export interface Bad {
  readonly bad: true;
  readonly code: string;
  readonly fr: string;
  readonly en: string;
}

/** A parsed cell value, or what is wrong with it. @internal */
export type Parsed<T> = T | Bad;

/** @internal */
export function isBad<T>(p: Parsed<T>): p is Bad {
  return typeof p === "object" && p !== null && (p as Bad).bad === true;
}

/** @internal */
export function bad(code: string, fr: string, en: string): Bad {
  return { bad: true, code, fr, en };
}

/** A cell's text for a message: quoted, cut after 40 characters. @internal */
export function quote(s: string): string {
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);
}

/** @internal */
export function tooLarge(text: string, max: string): Bad {
  return bad(
    "NRS_INVENTORY_TOO_LARGE",
    `Valeur ${quote(text)} trop grande (au plus ${max}).`,
    `Value ${quote(text)} is too large (at most ${max}).`,
  );
}

/** @internal */
export function notANumber(text: string): Bad {
  return bad("NRS_NOT_A_NUMBER", `${quote(text)} n'est pas un nombre valide.`, `${quote(text)} is not a valid number.`);
}
