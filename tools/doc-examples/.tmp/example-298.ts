import { catalogue } from "@nrs/indicators";
const computed = catalogue.filter((d) => d.computation === "computed");
console.log(catalogue.length, computed.length);
__nrsLog(0, catalogue.find((d) => d.code === "pue")?.label.en); // Power usage effectiveness (PUE) of the hosting
export {};
