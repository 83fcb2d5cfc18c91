import type { NrsIssueParams } from "@nrs/core";

interface IssueSink {
  issues: { push(issue: never): unknown };
}

/**
 * Pushes a custom zod issue that `problemsFromZod` reports with its own code, message and path
 * (relative to the value being refined). Used in `z.superRefine` for cross-field rules.
 */
export function addIssue(ctx: IssueSink, input: unknown, path: readonly (string | number)[], code: string, fr: string, en: string): void {
  const params: NrsIssueParams = { nrs: { code, fr, en } };
  (ctx.issues as { push(issue: unknown): unknown }).push({ code: "custom", input, path: [...path], message: en, params });
}
