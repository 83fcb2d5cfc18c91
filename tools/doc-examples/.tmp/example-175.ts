import { ecoIndexGrade } from "@nrs/footprint";
__nrsLog(0, ecoIndexGrade(80), ecoIndexGrade(81)); // "B" "A"
export {};
