import { listFactorPacks } from "@nrs/footprint";
__nrsLog(0, listFactorPacks().map((p) => `${p.id}@${p.version}`)); // ["fr-ademe@1.0.0"]
export {};
