import { StrategieSchema } from "@nrs/model";
const r = StrategieSchema.safeParse({
  collectivite: { siren: "732829320" }, version: "1.0", periode: { debut: 2025, fin: 2030 },
  objectifs: [], indicateurs: [], mesures: [],
});
// valid (and checkStrategy reports that it has no objective)
__nrsLog(0, r.success); // true
export {};
