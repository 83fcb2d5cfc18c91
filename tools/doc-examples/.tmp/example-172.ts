import { ECOINDEX_QUANTILES } from "@nrs/footprint";
__nrsLog(0, ECOINDEX_QUANTILES.dom.length); // 21
export {};
