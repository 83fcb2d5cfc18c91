import type { Message } from "@nrs/core";
const m: Message = { fr: "Fichier introuvable", en: "File not found" };
console.log(m.fr);
export {};
