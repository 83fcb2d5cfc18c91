/**
 * The version of the `--json` documents of `nrs`, written in each as `"schemaVersion"`. It changes
 * (and the JSON Schemas in `@nrs/cli/schemas/` with it) only when a member is removed or changes
 * meaning; new members keep it. Scripts should check it before reading a document.
 *
 * @example
 * ```ts
 * import { JSON_SCHEMA_VERSION } from "@nrs/cli";
 * console.log(JSON_SCHEMA_VERSION); // 1
 * ```
 */
export const JSON_SCHEMA_VERSION = 1;
