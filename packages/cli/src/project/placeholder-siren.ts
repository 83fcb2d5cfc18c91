import type { Problem } from "@nrs/core";
import type { LoadedProject } from "./load-project.js";
import { LAYOUT } from "./project-layout.js";

/**
 * The SIREN `nrs init` writes in a new project: nine zeros pass the Luhn key, so the model accepts them,
 * and a forgotten placeholder would reach a published bilan or declaration without a word.
 */
export const PLACEHOLDER_SIREN = "000000000";

/** A warning at `collectivite.json`'s `siren` while it is still the placeholder of `nrs init`. */
export function placeholderSiren(project: LoadedProject): Problem[] {
  if (project.collectivite?.siren !== PLACEHOLDER_SIREN) return [];
  return project.locate(LAYOUT.collectivite, [
    {
      code: "NRS_PLACEHOLDER_SIREN",
      severity: "warning",
      path: ["siren"],
      message: {
        fr: `Le SIREN ${PLACEHOLDER_SIREN} est la valeur d'exemple de nrs init : remplacez-le par celui de la collectivité (et dans la référence « collectivite » des autres documents).`,
        en: `SIREN ${PLACEHOLDER_SIREN} is the example value written by nrs init: replace it with the collectivité's own (and in the "collectivite" reference of the other documents).`,
      },
    },
  ]);
}
