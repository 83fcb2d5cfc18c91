import type { CheckProgrammeOptions } from "@nrs/model";
const options: CheckProgrammeOptions = { seuilSnr: 50000 };
console.log(options.seuilSnr);
export {};
