import type { Problem } from "@nrs/core";
import { duplicateJsonKeys } from "./json-locator.js";

/**
 * One error per key given twice in an object of a JSON document (`NRS_JSON_DUPLICATE_KEY`, at the second
 * occurrence): `JSON.parse` would keep the last value and lose the other without a word.
 */
export function duplicateKeyProblems(text: string, file: string): Problem[] {
  return duplicateJsonKeys(text).map(({ path, line, column }) => {
    const name = String(path.at(-1));
    return {
      code: "NRS_JSON_DUPLICATE_KEY",
      severity: "error",
      path,
      file,
      line,
      column,
      message: {
        fr: `Clé « ${name} » donnée deux fois dans le même objet : une des deux valeurs serait perdue. Gardez-en une.`,
        en: `Key "${name}" given twice in the same object: one of the two values would be lost. Keep one.`,
      },
    };
  });
}
