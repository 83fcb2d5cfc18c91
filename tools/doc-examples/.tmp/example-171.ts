import { DEVICE_TYPES } from "@nrs/footprint";
__nrsLog(0, DEVICE_TYPES[0]?.code, DEVICE_TYPES.some((t) => t.aliases.en.includes("laptop"))); // "ordinateur_portable" true
export {};
