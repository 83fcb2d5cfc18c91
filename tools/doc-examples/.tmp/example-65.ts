import { axe } from "@nrs/model";
__nrsLog(0, axe("ECOCONCEPTION").numero); // 3
export {};
