import { roundForPublication } from "@nrs/indicators";
__nrsLog(0, roundForPublication("92.51096427569183973168").toString()); // 92.51
__nrsLog(1, roundForPublication("0.90243079358831783843").toString()); // 0.902
__nrsLog(2, roundForPublication("0.125", { decimals: 2 }).toString()); // 0.13
__nrsLog(3, roundForPublication("473.2").toString(), roundForPublication(384).toString()); // 473.2 384
export {};
