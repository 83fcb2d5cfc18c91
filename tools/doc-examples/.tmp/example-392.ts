import { roundForPublication, type PublicationRounding } from "@nrs/indicators";
const keep: PublicationRounding = { exact: true };
__nrsLog(0, roundForPublication("92.510964275691839731684", keep).toString()); // 92.510964275691839731684
export {};
