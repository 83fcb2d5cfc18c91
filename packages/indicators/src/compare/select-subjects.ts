import type { Problem } from "@nrs/core";
import type { CompareSubject } from "./compare-subject.js";
import { foldName } from "./fold-name.js";

/**
 * The subjects kept for a comparison: the first of each collectivité, of the year asked (default: the
 * first subject's), with a problem for each one left out. Two subjects are one collectivité when they
 * share their id, their INSEE code or their name (accents, case and spacing aside): a project folder
 * and the file it published are the same collectivité. @internal
 */
export function selectSubjects(
  subjects: readonly CompareSubject[],
  year: number | undefined,
): { kept: CompareSubject[]; year: number; problems: Problem[] } {
  const target = year ?? subjects[0]?.year ?? 0;
  const problems: Problem[] = [];
  const seen = new Map<string, CompareSubject>();
  const kept: CompareSubject[] = [];
  subjects.forEach((s, i) => {
    if (s.year !== target) {
      problems.push({
        code: "NRS_COMPARE_YEAR_MISMATCH",
        severity: "error",
        path: [i],
        message: {
          fr: `« ${s.name} » (${s.source.label}) donne l'année ${s.year}, la comparaison porte sur ${target} : écartée.`,
          en: `"${s.name}" (${s.source.label}) gives year ${s.year}, the comparison is of ${target}: left out.`,
        },
      });
      return;
    }
    const keys = identityKeys(s);
    const twin = keys.map((k) => seen.get(k)).find((t) => t !== undefined);
    if (twin !== undefined) {
      problems.push({
        code: "NRS_COMPARE_DUPLICATE_SUBJECT",
        severity: "error",
        path: [i],
        message: {
          fr: `« ${s.name} » (${s.id}, ${s.source.label}) est déjà comparée (${twin.source.label}) : la seconde source est écartée, pas fusionnée.`,
          en: `"${s.name}" (${s.id}, ${s.source.label}) is already compared (${twin.source.label}): the second source is left out, not merged.`,
        },
      });
      return;
    }
    for (const k of keys) seen.set(k, s);
    kept.push(s);
  });
  if (kept.length < 2) {
    problems.push({
      code: "NRS_COMPARE_TOO_FEW_SUBJECTS",
      severity: "error",
      path: [],
      message: {
        fr: `Il faut au moins deux collectivités de l'année ${target} pour comparer (${kept.length} retenue).`,
        en: `At least two local authorities of year ${target} are needed to compare (${kept.length} kept).`,
      },
    });
  }
  return { kept, year: target, problems };
}

function identityKeys(s: CompareSubject): string[] {
  return [`id:${s.id}`, `nom:${foldName(s.name)}`, ...(s.codeInsee === undefined ? [] : [`insee:${s.codeInsee}`])];
}
