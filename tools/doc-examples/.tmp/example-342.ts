import { parseEcoIndexCsv } from "@nrs/indicators";
const r = await parseEcoIndexCsv("url;date;score\nhttps://val.fr/;2024-06-01;62,5\nhttps://val.fr/a;2024-06-01;120\n");
__nrsLog(0, r.records[0]?.score?.toString(), r.problems[0]?.code); // 62.5 NRS_ECOINDEX_SCORE_RANGE
export {};
