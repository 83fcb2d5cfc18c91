import { ReferenceCollectiviteSchema } from "@nrs/model";
__nrsLog(0, ReferenceCollectiviteSchema.safeParse({ siren: "732829320" }).success); // true
export {};
