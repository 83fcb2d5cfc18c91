import { AXE_CODES } from "@nrs/model";
__nrsLog(0, AXE_CODES.length); // 7
export {};
