import { REFORMED_IT_SCOPE_2023_266, type ReformedItScope } from "@nrs/indicators";
const s: ReformedItScope | undefined = REFORMED_IT_SCOPE_2023_266.serveur;
__nrsLog(0, s?.category, s?.covered); // 4 false
export {};
