import type { Lang, Problem } from "@nrs/core";

/** The optional `nrs.json` of a project folder. */
export interface ProjectSettings {
  /** Language of messages and reports when `--lang` is not given. */
  readonly langue?: Lang;
}

const KNOWN = new Set(["$comment", "$schema", "langue"]);

/**
 * Reads `nrs.json`. Its few members are checked by hand (the CLI carries no schema library); an unknown
 * member is a warning, so a typo does not go unnoticed.
 */
export function parseProjectSettings(value: unknown): { settings: ProjectSettings; problems: Problem[] } {
  const problems: Problem[] = [];
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return {
      settings: {},
      problems: [
        { code: "NRS_INVALID_TYPE", severity: "error", path: [], message: { fr: "nrs.json doit contenir un objet JSON.", en: "nrs.json must hold a JSON object." } },
      ],
    };
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!KNOWN.has(key)) {
      problems.push({
        code: "NRS_UNKNOWN_KEY",
        severity: "warning",
        path: [key],
        message: { fr: `Réglage inconnu « ${key} » (ignoré).`, en: `Unknown setting "${key}" (ignored).` },
      });
    }
  }
  const langue = record.langue;
  if (langue !== undefined && langue !== "fr" && langue !== "en") {
    problems.push({
      code: "NRS_INVALID_ENUM",
      severity: "error",
      path: ["langue"],
      message: { fr: "langue : « fr » ou « en ».", en: 'langue: "fr" or "en".' },
    });
    return { settings: {}, problems };
  }
  return { settings: langue === undefined ? {} : { langue }, problems };
}
