import { REFORMED_IT_SCOPE_2023_266 } from "@nrs/indicators";
__nrsLog(0, Object.entries(REFORMED_IT_SCOPE_2023_266).filter(([, s]) => !s.covered).map(([t]) => t)); // [ 'videoprojecteur', 'serveur' ]
export {};
