import { REFERENCES } from "@nrs/model";
__nrsLog(0, REFERENCES.decretSnr); // "CGCT art. D. 2311-15-1 (décret n° 2022-1084)"
export {};
