import type { CommuneMembre } from "@nrs/model";
const f = (m: CommuneMembre): string => m.codeInsee;
__nrsLog(0, typeof f); // "function"
export {};
