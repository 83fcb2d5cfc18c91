import { axe, type AxeCode } from "@nrs/model";
const code: AxeCode = "ECOCONCEPTION";
__nrsLog(0, axe(code).numero); // 3
export {};
