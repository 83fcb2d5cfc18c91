import type { OpenDataDatasetRecord } from "@nrs/indicators";
const d: OpenDataDatasetRecord = { entity: "26901", dataset: "Délibérations", published: true, schema: "scdl/deliberations" };
console.log(d.schema);
export {};
