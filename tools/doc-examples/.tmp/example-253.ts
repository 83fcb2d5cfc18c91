import { defaultFactorPack, listFactorItems } from "@nrs/footprint";
__nrsLog(0, listFactorItems(defaultFactorPack).includes("ordinateur_portable")); // true
export {};
