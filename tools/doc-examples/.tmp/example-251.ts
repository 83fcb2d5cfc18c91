import { defaultFactorPack } from "@nrs/footprint";
__nrsLog(0, defaultFactorPack.id, defaultFactorPack.rows.length > 0); // "fr-ademe" true
export {};
