import { sizeClass } from "@nrs/indicators";
__nrsLog(0, sizeClass(121437), sizeClass(50000), sizeClass(undefined)); // 100-200k moins-50k inconnue
export {};
