import type { Problem } from "@nrs/core";

/** The problem of a text file that is not UTF-8 (a Latin-1 or Windows-1252 export, say), at the first bad character. */
export function encodingProblem(where: { readonly line: number; readonly column: number }): Problem {
  return {
    code: "NRS_FILE_BAD_ENCODING",
    severity: "error",
    path: [],
    line: where.line,
    column: where.column,
    message: {
      fr: "Caractères illisibles : le fichier doit être enregistré en UTF-8 (pas en Latin-1 ni Windows-1252).",
      en: "Unreadable characters: the file must be saved as UTF-8 (not Latin-1 or Windows-1252).",
    },
  };
}
