// Just enough of @tgwf/co2's shape for the parity tests (the package ships no types).
declare module "@tgwf/co2" {
  export class co2 {
    constructor(options?: { model?: "swd" | "1byte"; version?: 3 | 4; results?: "segment"; rating?: boolean });
    perByte(bytes: number, green?: boolean): number | Record<string, unknown>;
    perVisit(bytes: number, green?: boolean): number | Record<string, unknown>;
    perByteTrace(bytes: number, green?: boolean, options?: object): { co2: number | Record<string, unknown> };
    perVisitTrace(bytes: number, green?: boolean, options?: object): { co2: number | Record<string, unknown> };
  }
}
