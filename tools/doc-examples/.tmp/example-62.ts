import { zAxeCode } from "@nrs/model";
__nrsLog(0, zAxeCode.safeParse("ECOCONCEPTION").success); // true
export {};
