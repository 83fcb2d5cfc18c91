import { readCsvEach } from "@nrs/core";
let total = 0;
await readCsvEach(["q\n1\n", "2\n"], (row) => {
  if (row.line > 1) total += Number(row.cells[0]);
});
__nrsLog(0, total); // 3
export {};
