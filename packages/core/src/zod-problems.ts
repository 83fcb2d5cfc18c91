import * as z from "zod/mini";
import type { Message } from "./message.js";
import type { Problem, ProblemPath } from "./problem.js";
import { fail, ok, type Result } from "./result.js";

/**
 * What a refinement or transform puts in a zod issue's `params` so that {@link problemsFromZod}
 * reports it with its own stable code and bilingual message.
 */
export interface NrsIssueParams {
  readonly nrs: { readonly code: string; readonly fr: string; readonly en: string };
}

/**
 * A zod/mini check with a stable code and a French and English message, for rules zod cannot express.
 *
 * @example
 * ```ts
 * import * as z from "zod/mini";
 * import { check, safeParse } from "@nrs/core";
 * const Even = z.number().check(check((n: number) => n % 2 === 0, "NRS_ODD", "Nombre impair.", "Odd number."));
 * const r = safeParse(Even, 3);
 * if (r.ok || r.errors[0]?.code !== "NRS_ODD") throw new Error("unexpected");
 * ```
 */
export function check<T>(predicate: (value: T) => boolean, code: string, fr: string, en: string) {
  const params: NrsIssueParams = { nrs: { code, fr, en } };
  return z.refine<T>(predicate, { message: en, params });
}

/**
 * Turns a zod error into {@link Problem}s with stable `NRS_*` codes and messages in French and English.
 *
 * @example
 * ```ts
 * import * as z from "zod/mini";
 * import { problemsFromZod } from "@nrs/core";
 * const r = z.object({ nom: z.string() }).safeParse({ nom: 3 });
 * if (!r.success) console.log(problemsFromZod(r.error)[0]?.message.fr);
 * ```
 */
export function problemsFromZod(
  error: { readonly issues: readonly z.core.$ZodIssue[] },
  options: { readonly pathPrefix?: ProblemPath } = {},
): Problem[] {
  const prefix = options.pathPrefix ?? [];
  const out: Problem[] = [];
  for (const issue of error.issues) {
    const path = [...prefix, ...issue.path.map((k) => (typeof k === "symbol" ? String(k) : k))];
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      // Report the branch that went furthest: its issues say what is wrong more precisely than "no branch matched".
      const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0];
      if (best && best.length > 0 && depth(best) > 0 && !issue.errors.every((e) => e.every((i) => i.code === "invalid_type"))) {
        out.push(...problemsFromZod({ issues: best }, { pathPrefix: path }));
        continue;
      }
    }
    const { code, message } = describe(issue);
    out.push({ code, severity: "error", path, message });
  }
  return out;
}

const REQUIRED = {
  code: "NRS_REQUIRED",
  message: { fr: "Champ obligatoire manquant.", en: "Required field is missing." },
} as const;

function depth(issues: readonly z.core.$ZodIssue[]): number {
  return Math.max(0, ...issues.map((i) => i.path.length));
}

function describe(issue: z.core.$ZodIssue): { code: string; message: Message } {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return REQUIRED;
      if (issue.expected === "number" && typeof issue.input === "number") {
        return { code: "NRS_NOT_A_NUMBER", message: { fr: "Nombre fini attendu.", en: "A finite number is expected." } };
      }
      return {
        code: "NRS_INVALID_TYPE",
        message: {
          fr: `Type attendu : ${typeFr(issue.expected)} ; reçu : ${received(issue.input, "fr")}.`,
          en: `Expected ${issue.expected}, received ${received(issue.input, "en")}.`,
        },
      };
    case "too_small": {
      const min = String(issue.minimum);
      if (issue.origin === "string" || issue.origin === "array" || issue.origin === "set") {
        const unitFr = issue.origin === "string" ? "caractère(s)" : "élément(s)";
        const unitEn = issue.origin === "string" ? "character(s)" : "item(s)";
        return {
          code: "NRS_TOO_SHORT",
          message: { fr: `Au moins ${min} ${unitFr} attendu(s).`, en: `At least ${min} ${unitEn} expected.` },
        };
      }
      return {
        code: "NRS_TOO_SMALL",
        message: issue.inclusive
          ? { fr: `La valeur doit être supérieure ou égale à ${min}.`, en: `Value must be at least ${min}.` }
          : { fr: `La valeur doit être strictement supérieure à ${min}.`, en: `Value must be greater than ${min}.` },
      };
    }
    case "too_big": {
      const max = String(issue.maximum);
      if (issue.origin === "string" || issue.origin === "array" || issue.origin === "set") {
        return {
          code: "NRS_TOO_LONG",
          message: { fr: `Au plus ${max} élément(s) ou caractère(s).`, en: `At most ${max} item(s) or character(s).` },
        };
      }
      return {
        code: "NRS_TOO_BIG",
        message: issue.inclusive
          ? { fr: `La valeur doit être inférieure ou égale à ${max}.`, en: `Value must be at most ${max}.` }
          : { fr: `La valeur doit être strictement inférieure à ${max}.`, en: `Value must be less than ${max}.` },
      };
    }
    case "invalid_format":
      return {
        code: "NRS_INVALID_FORMAT",
        message: {
          fr: `Format invalide (${formatFr(issue.format)}).`,
          en: `Invalid format (${issue.format}).`,
        },
      };
    case "invalid_value":
      return {
        code: "NRS_INVALID_VALUE",
        message: {
          fr: `Valeur non reconnue ; valeurs possibles : ${issue.values.map((v) => JSON.stringify(v)).join(", ")}.`,
          en: `Unknown value; allowed values: ${issue.values.map((v) => JSON.stringify(v)).join(", ")}.`,
        },
      };
    case "unrecognized_keys":
      return {
        code: "NRS_UNKNOWN_KEY",
        message: {
          fr: `Champ(s) inconnu(s) : ${issue.keys.join(", ")}.`,
          en: `Unknown field(s): ${issue.keys.join(", ")}.`,
        },
      };
    case "not_multiple_of":
      return {
        code: "NRS_NOT_MULTIPLE",
        message: { fr: `Doit être un multiple de ${String(issue.divisor)}.`, en: `Must be a multiple of ${String(issue.divisor)}.` },
      };
    case "custom": {
      const nrs = (issue.params as Partial<NrsIssueParams> | undefined)?.nrs;
      if (nrs) return { code: nrs.code, message: { fr: nrs.fr, en: nrs.en } };
      return { code: "NRS_INVALID", message: { fr: "Valeur invalide.", en: issue.message || "Invalid value." } };
    }
    case "invalid_union":
      // An absent value fails every branch of a union (a decimal is a number or a string): say it is missing.
      if (issue.input === undefined) return REQUIRED;
      if (typeof issue.input === "number") {
        return { code: "NRS_NOT_A_NUMBER", message: { fr: "Nombre fini attendu.", en: "A finite number is expected." } };
      }
      return {
        code: "NRS_INVALID_TYPE",
        message: { fr: "La valeur ne correspond à aucune forme attendue.", en: "Value matches none of the expected shapes." },
      };
    default:
      return { code: "NRS_INVALID", message: { fr: "Valeur invalide.", en: issue.message || "Invalid value." } };
  }
}

const TYPE_FR: Record<string, string> = {
  string: "texte",
  number: "nombre",
  boolean: "booléen",
  object: "objet",
  array: "liste",
  date: "date",
  bigint: "entier",
  null: "null",
};

function typeFr(t: string): string {
  return TYPE_FR[t] ?? t;
}

function formatFr(f: string): string {
  return f === "regex" ? "motif attendu non respecté" : f;
}

function received(input: unknown, lang: "fr" | "en"): string {
  const t = input === null ? "null" : Array.isArray(input) ? "array" : typeof input;
  return lang === "fr" ? typeFr(t) : t;
}

/**
 * Validates `input` with a zod schema and returns a {@link Result}; never throws on bad data.
 *
 * @example
 * ```ts
 * import * as z from "zod/mini";
 * import { safeParse } from "@nrs/core";
 * const r = safeParse(z.object({ annee: z.number() }), { annee: "2024" }, ["bilan"]);
 * if (r.ok) throw new Error("should fail");
 * console.log(r.errors[0]?.path); // ["bilan", "annee"]
 * ```
 */
export function safeParse<S extends z.ZodMiniType>(schema: S, input: unknown, pathPrefix: ProblemPath = []): Result<z.output<S>> {
  const r = schema.safeParse(input, { reportInput: true });
  return r.success ? ok(r.data) : fail(problemsFromZod(r.error, { pathPrefix }));
}
