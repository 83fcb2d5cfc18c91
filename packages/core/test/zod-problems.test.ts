import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { check, problemsFromZod, safeParse } from "../src/zod-problems.js";

const Doc = z.strictObject({
  nom: z.string().check(z.minLength(1)),
  annee: z.number().check(z.int(), z.gte(2022)),
  statut: z.enum(["a_faire", "en_cours", "fini"]),
  tags: z.optional(z.array(z.string()).check(z.maxLength(2))),
  code: z.optional(z.string().check(z.regex(/^\d{5}$/))),
});

function codes(input: unknown) {
  const r = safeParse(Doc, input, ["doc"]);
  return r.ok ? [] : r.errors.map((e) => [e.code, e.path.join(".")]);
}

describe("problemsFromZod", () => {
  it("translates each kind of issue to a stable code with its path", () => {
    expect(codes({ annee: 2023, statut: "fini" })).toEqual([["NRS_REQUIRED", "doc.nom"]]);
    expect(codes({ nom: 1, annee: 2023, statut: "fini" })).toEqual([["NRS_INVALID_TYPE", "doc.nom"]]);
    expect(codes({ nom: "", annee: 2023, statut: "fini" })).toEqual([["NRS_TOO_SHORT", "doc.nom"]]);
    expect(codes({ nom: "a", annee: 2020, statut: "fini" })).toEqual([["NRS_TOO_SMALL", "doc.annee"]]);
    expect(codes({ nom: "a", annee: 2023, statut: "fait" })).toEqual([["NRS_INVALID_VALUE", "doc.statut"]]);
    expect(codes({ nom: "a", annee: 2023, statut: "fini", x: 1 })).toEqual([["NRS_UNKNOWN_KEY", "doc"]]);
    expect(codes({ nom: "a", annee: 2023, statut: "fini", tags: ["a", "b", "c"] })).toEqual([["NRS_TOO_LONG", "doc.tags"]]);
    expect(codes({ nom: "a", annee: 2023, statut: "fini", code: "12" })).toEqual([["NRS_INVALID_FORMAT", "doc.code"]]);
  });

  it("says a value of a union (a number or a string) is missing, not that it matches no shape", () => {
    const Amount = z.strictObject({ montant: z.union([z.number(), z.string()]) });
    const missing = safeParse(Amount, {}, []);
    expect(missing.ok ? [] : missing.errors.map((e) => [e.code, e.path.join(".")])).toEqual([["NRS_REQUIRED", "montant"]]);
    const wrong = safeParse(Amount, { montant: true }, []);
    expect(wrong.ok ? [] : wrong.errors.map((e) => e.code)).toEqual(["NRS_INVALID_TYPE"]);
  });

  it("writes every message in French and English", () => {
    const r = Doc.safeParse({ nom: 3, annee: "x", statut: 1, tags: [1] }, { reportInput: true });
    expect(r.success).toBe(false);
    if (r.success) return;
    for (const p of problemsFromZod(r.error)) {
      expect(p.message.fr.length).toBeGreaterThan(5);
      expect(p.message.en.length).toBeGreaterThan(5);
      expect(p.message.fr).not.toBe(p.message.en);
    }
  });

  it("carries the code and messages of custom checks", () => {
    const S = z.number().check(check((n: number) => n < 10, "NRS_TOO_MANY", "Trop.", "Too many."));
    const r = safeParse(S, 12);
    expect(r.ok ? null : r.errors[0]).toMatchObject({ code: "NRS_TOO_MANY", message: { fr: "Trop.", en: "Too many." } });
  });

  it("reports the deepest branch of a failing union", () => {
    const U = z.union([z.object({ kind: z.literal("a"), n: z.number() }), z.object({ kind: z.literal("b"), s: z.string() })]);
    const r = safeParse(U, { kind: "a", n: "x" });
    expect(r.ok ? [] : r.errors.map((e) => e.path.join("."))).toContain("n");
  });
});
