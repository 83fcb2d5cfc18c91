import { catalogue, type Aggregation } from "@nrs/indicators";
const ratios: Aggregation = "ratio";
__nrsLog(0, catalogue.filter((d) => d.aggregation === ratios).length > 0); // true
export {};
