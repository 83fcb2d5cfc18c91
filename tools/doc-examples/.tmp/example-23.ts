import { formatProblem } from "@nrs/core";
const line = formatProblem(
  { code: "NRS_REQUIRED", severity: "error", path: ["type"], file: "inventaire.csv", line: 3, column: 1,
    message: { fr: "Champ obligatoire manquant.", en: "Required field is missing." } },
  "fr",
);
__nrsLog(0, line); // inventaire.csv:3:1 erreur NRS_REQUIRED Champ obligatoire manquant. (type)
export {};
