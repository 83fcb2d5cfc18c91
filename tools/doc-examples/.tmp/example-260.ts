import type { WhatIf } from "@nrs/footprint";
const w: WhatIf = { kind: "extendLifetimes", years: 2, types: ["ordinateur_portable"] };
console.log(w.kind);
export {};
