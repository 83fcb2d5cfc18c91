import { NrsError } from "@nrs/core";
import { expect } from "vitest";

/** Runs `fn`, expects an NrsError whose first problem has `code`, and bilingual messages on every problem. */
export function expectNrsError(fn: () => unknown, code: string, path?: readonly (string | number)[]): NrsError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(NrsError);
  const err = caught as NrsError;
  expect(err.problems.map((p) => p.code)).toContain(code);
  for (const p of err.problems) {
    expect(p.message.fr.length).toBeGreaterThan(0);
    expect(p.message.en.length).toBeGreaterThan(0);
    expect(p.message.fr).not.toBe(p.message.en);
  }
  if (path) expect(err.problems.find((p) => p.code === code)?.path).toEqual(path);
  return err;
}
