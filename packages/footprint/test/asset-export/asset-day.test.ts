import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumber } from "../../src/calendar-day.js";
import { parseAssetDay } from "../../src/index.js";

describe("parseAssetDay", () => {
  it("reads the layouts asset managers export", () => {
    expect(parseAssetDay("2024-01-15")).toEqual({ y: 2024, m: 1, d: 15 });
    expect(parseAssetDay("2024-01-15 10:32")).toEqual({ y: 2024, m: 1, d: 15 });
    expect(parseAssetDay("2024-01-15T10:32:07.123Z")).toEqual({ y: 2024, m: 1, d: 15 });
    expect(parseAssetDay("2024-01-15T10:32:07+01:00")).toEqual({ y: 2024, m: 1, d: 15 });
    expect(parseAssetDay("15/01/2024")).toEqual({ y: 2024, m: 1, d: 15 });
    expect(parseAssetDay("15-01-2024")).toEqual({ y: 2024, m: 1, d: 15 });
    expect(parseAssetDay("15.01.2024")).toEqual({ y: 2024, m: 1, d: 15 });
    expect(parseAssetDay("5/1/2024")).toEqual({ y: 2024, m: 1, d: 5 });
    expect(parseAssetDay("22-07-2020 14:03")).toEqual({ y: 2020, m: 7, d: 22 });
  });

  it("reads month first only when told", () => {
    expect(parseAssetDay("07-22-2020")).toEqual({ error: "invalid" });
    expect(parseAssetDay("07-22-2020", "mdy")).toEqual({ y: 2020, m: 7, d: 22 });
    expect(parseAssetDay("03-04-2024", "mdy")).toEqual({ y: 2024, m: 3, d: 4 });
    expect(parseAssetDay("03-04-2024", "dmy")).toEqual({ y: 2024, m: 4, d: 3 });
    // The year-first layout is not ambiguous: the order does not apply to it.
    expect(parseAssetDay("2024-03-04", "mdy")).toEqual({ y: 2024, m: 3, d: 4 });
  });

  it("tells a layout it does not know from a day that does not exist", () => {
    for (const t of ["", "demain", "2024/01/15", "15-01/2024", "15-01-24", "2024-1-15x", "1e3"])
      expect(parseAssetDay(t)).toEqual({ error: "format" });
    for (const t of ["31/02/2024", "29-02-2023", "2024-13-01", "00.01.2024", "2024-04-31"])
      expect(parseAssetDay(t)).toEqual({ error: "invalid" });
    expect(parseAssetDay("29-02-2024")).toEqual({ y: 2024, m: 2, d: 29 });
  });

  it("gives back every existing day written in every layout", () => {
    const day = fc.integer({ min: dayNumber(1980, 1, 1), max: dayNumber(2099, 12, 31) });
    fc.assert(
      fc.property(day, fc.constantFrom("/", "-", "."), (n, sep) => {
        // Walk back from the day number to a civil date by scanning the month (no Date object involved).
        let y = 1980 + Math.floor((n - dayNumber(1980, 1, 1)) / 366);
        while (dayNumber(y + 1, 1, 1) <= n) y++;
        let m = 1;
        while (m < 12 && dayNumber(y, m + 1, 1) <= n) m++;
        const d = n - dayNumber(y, m, 1) + 1;
        const p2 = (x: number) => String(x).padStart(2, "0");
        expect(parseAssetDay(`${y}-${p2(m)}-${p2(d)}`)).toEqual({ y, m, d });
        expect(parseAssetDay(`${p2(d)}${sep}${p2(m)}${sep}${y}`)).toEqual({ y, m, d });
        expect(parseAssetDay(`${m}${sep}${d}${sep}${y}`, "mdy")).toEqual({ y, m, d });
      }),
    );
  });
});
