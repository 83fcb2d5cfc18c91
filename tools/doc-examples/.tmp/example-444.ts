import { RGESN_CRITERIA, rgesnScore, type RgesnScoreOptions } from "@nrs/indicators";
const o: RgesnScoreOptions = { criteria: RGESN_CRITERIA.filter((c) => c.thematic === 1) };
__nrsLog(0, rgesnScore({ "1.1": "VALIDE" }, o).applicableWeight.toString()); // 13.5
export {};
