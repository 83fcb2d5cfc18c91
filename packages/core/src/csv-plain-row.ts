import type { Problem } from "./problem.js";
import type { CsvRow } from "./csv-row.js";

/** A record read on the fast path: its columns follow from the cell lengths, computed on demand. */
export class PlainRow implements CsvRow {
  private cols: number[] | undefined;
  constructor(
    readonly line: number,
    readonly cells: string[],
  ) {}

  get columns(): number[] {
    if (this.cols === undefined) {
      const cols = new Array<number>(this.cells.length);
      let col = 1;
      for (let i = 0; i < this.cells.length; i++) {
        cols[i] = col;
        col += (this.cells[i] as string).length + 1;
      }
      this.cols = cols;
    }
    return this.cols;
  }
}

/** A record, with its problem when it has one. */
export function withProblem(line: number, cells: string[], columns: number[], problem: Problem | undefined): CsvRow {
  return problem ? { line, cells, columns, problem } : { line, cells, columns };
}
