import { ex } from "@nrs/core";
__nrsLog(0, ex("0.1").plus("0.2").toString()); // "0.3"
export {};
