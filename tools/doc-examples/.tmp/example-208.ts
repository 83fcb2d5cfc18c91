import { glpiColumnMapping, type GlpiMappingOptions } from "@nrs/footprint";
const options: GlpiMappingOptions = { type: "ecran", entities: { "Entité racine > Mairie": "26901" } };
__nrsLog(0, glpiColumnMapping(options).constants); // { quantite: "1", type: "ecran" }
export {};
