import { DEFAULT_TOLERANCE } from "@nrs/indicators";
__nrsLog(0, DEFAULT_TOLERANCE); // 0.1
export {};
