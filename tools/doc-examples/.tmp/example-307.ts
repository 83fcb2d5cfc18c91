import type { PeerGroupComparison } from "@nrs/indicators";
const g: Pick<PeerGroupComparison, "group"> = { group: "tous" };
console.log(g.group);
export {};
