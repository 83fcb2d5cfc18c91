import type { NotCompared } from "@nrs/indicators";
const n: NotCompared = { key: "pue", label: { fr: "PUE", en: "PUE" }, reason: "UN_SEUL", message: { fr: "un seul sujet", en: "one subject only" } };
console.log(n.reason);
export {};
