import { rgesnScore, type RgesnPartialScore } from "@nrs/indicators";
const t: RgesnPartialScore | undefined = rgesnScore({ "7.1": "VALIDE" }).byThematic[7];
__nrsLog(0, t?.validated, t?.applicable, t?.score?.toString()); // 1 4 25
export {};
