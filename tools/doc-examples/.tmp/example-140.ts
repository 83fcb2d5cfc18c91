import type { ReferenceCollectivite } from "@nrs/model";
const f = (r: ReferenceCollectivite): string => r.siren;
__nrsLog(0, typeof f); // "function"
export {};
