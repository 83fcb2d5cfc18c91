import { formatPath } from "@nrs/core";
__nrsLog(0, formatPath(["objectifs", 2, "cibles"])); // objectifs[2].cibles
export {};
