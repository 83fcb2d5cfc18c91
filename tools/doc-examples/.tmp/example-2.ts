import { readCsvBatches } from "@nrs/core";
let count = 0;
for await (const batch of readCsvBatches(["a;b\n1;2\n", "3;4\n"])) count += batch.length;
__nrsLog(0, count); // 3
export {};
