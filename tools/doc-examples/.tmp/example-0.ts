import { detectDelimiter } from "@nrs/core";
__nrsLog(0, detectDelimiter("type;quantite;date_acquisition")); // ";"
export {};
