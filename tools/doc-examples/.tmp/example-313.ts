import { defaultNormaliser, indicatorDefinition } from "@nrs/indicators";
__nrsLog(0, defaultNormaliser(indicatorDefinition("empreinte-carbone-totale"))); // agent
__nrsLog(1, defaultNormaliser(indicatorDefinition("part-achats-reemploi"))); // undefined
export {};
