import { resolveAgecCategory } from "@nrs/indicators";
__nrsLog(0, resolveAgecCategory("Informatique"), resolveAgecCategory("printing")); // informatique-telephonie reprographie-impression
export {};
