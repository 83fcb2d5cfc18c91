import type { SubjectSource } from "@nrs/indicators";
const s: SubjectSource = { kind: "opendata", label: "https://www.data.gouv.fr/…/indicateurs.csv", date: "2026-06-30" };
console.log(s.kind);
export {};
