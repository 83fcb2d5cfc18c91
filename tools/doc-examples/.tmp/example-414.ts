import { parseRetirementsCsv } from "@nrs/indicators";
const csv = "type;quantite;date_reforme;date_sortie;destination;engagement_reemploi\n" +
  "portable;10;2023-11-02;2024-02-10;don;oui\necran;2;2023-11-02;;vendu;\n";
const r = await parseRetirementsCsv(csv);
__nrsLog(0, r.records[0]?.category, r.problems[0]?.code, r.problems[0]?.line); // ordinateur_portable NRS_INVALID_VALUE 3
export {};
