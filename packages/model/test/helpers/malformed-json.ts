import { bilan, epci, programme, strategie } from "./documents.js";

// The malformed-document corpus of malformed.test.ts: valid fixture documents copied as JSON and mutated.

export type Kind = "collectivite" | "programme" | "strategie" | "bilan";
/** A JSON value as the parsers receive it. */
export type Json = string | number | boolean | null | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

function isJsonObject(v: Json | undefined): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A fresh JSON copy of a valid document, to mutate into an invalid one. */
export function json(doc: object): JsonObject {
  const copy = JSON.parse(JSON.stringify(doc)) as Json;
  if (!isJsonObject(copy)) throw new Error("a fixture document is a JSON object");
  return copy;
}

/** The object at `path` inside a document (a test error if the fixture has none there). */
export function at(doc: JsonObject, ...path: (string | number)[]): JsonObject {
  let node: Json | undefined = doc;
  for (const key of path) node = Array.isArray(node) ? node[Number(key)] : isJsonObject(node) ? node[String(key)] : undefined;
  if (!isJsonObject(node)) throw new Error(`the fixture has no object at ${path.join(".")}`);
  return node;
}

export const BASE: Record<Kind, () => JsonObject> = {
  collectivite: () => json(epci()),
  programme: () => json(programme()),
  strategie: () => json(strategie()),
  bilan: () => json(bilan()),
};

// [kind, what is wrong, document (mutation of a valid one, or a whole value), expected code, expected path]
export type Bad = [Kind, string, ((d: JsonObject) => unknown) | { whole: unknown }, string, (string | number)[]];
