import { readCsv } from "@nrs/core";
for await (const row of readCsv('nom;commentaire\n"Dupont";"dit ""bonjour""; puis part"\n')) {
  console.log(row.line, row.cells);
}
export {};
