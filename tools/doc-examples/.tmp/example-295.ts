import { allocate, type AllocateOptions } from "@nrs/indicators";
const o: AllocateOptions = { decimalPlaces: 2 };
__nrsLog(0, Object.values(allocate(10, "population", { a: 1, b: 1, c: 1 }, o)).map(String)); // [ "3.33", "3.33", "3.34" ]
export {};
