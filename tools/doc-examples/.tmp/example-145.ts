import { zSiren } from "@nrs/model";
// a wrong checksum
__nrsLog(0, zSiren.safeParse("123456789").success); // false
export {};
