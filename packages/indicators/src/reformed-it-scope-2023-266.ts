import type { Message } from "@nrs/core";

/**
 * A category of electrical and electronic equipment of article R. 543-172 II of the code de
 * l'environnement (the six categories of annex III of directive 2012/19/EU): `2` screens and
 * equipment with a screen over 100 cm², `4` large equipment (an outer dimension over 50 cm), `5`
 * small equipment, `6` small IT and telecommunication equipment (no outer dimension over 50 cm).
 *
 * @example
 * ```ts
 * import type { WeeeCategory } from "@nrs/indicators";
 * const c: WeeeCategory = "6";
 * console.log(c); // 6
 * ```
 */
export type WeeeCategory = "1" | "2" | "3" | "4" | "5" | "6";

/**
 * How an inventory type falls under décret n° 2023-266: its WEEE category and why.
 *
 * @example
 * ```ts
 * import { REFORMED_IT_SCOPE_2023_266, type ReformedItScope } from "@nrs/indicators";
 * const s: ReformedItScope | undefined = REFORMED_IT_SCOPE_2023_266.serveur;
 * console.log(s?.category, s?.covered); // 4 false
 * ```
 */
export interface ReformedItScope {
  /** Category of R. 543-172 II (annex III of directive 2012/19/EU). */
  readonly category: WeeeCategory;
  /** True for categories 2° and 6°, the only ones art. 1 of the decree covers. */
  readonly covered: boolean;
  /** Why the type is in that category (annex IV of the directive lists examples). */
  readonly why: Message;
}

const covered = (category: "2" | "6", fr: string, en: string): ReformedItScope => ({ category, covered: true, why: { fr, en } });
const outside = (category: WeeeCategory, fr: string, en: string): ReformedItScope => ({ category, covered: false, why: { fr, en } });

/**
 * The scope of décret n° 2023-266, art. 1: « Sont considérés comme matériels informatiques réformés les
 * équipements électriques et électroniques usagés appartenant aux catégories 2° et 6° mentionnées au II
 * de l'article R. 543-172 du code de l'environnement ». Each inventory type of `@nrs/footprint` is
 * placed in its category with the examples of annex IV of directive 2012/19/EU (which R. 543-172
 * transposes): category 2 names screens, monitors, televisions, laptops and notebooks; category 6
 * names personal computers, printers, phones, mobile phones and routers. Where the category depends on
 * size, the usual case is taken and said: a tablet's screen is over 100 cm² (2°), a rack or tower
 * server has a dimension over 50 cm (4°, large equipment), a video projector is image equipment
 * (5°, small equipment). A type absent from this table is outside the scope; the option
 * `covered` of the ratio overrides any entry (a large multifunction printer over 50 cm is 4°).
 *
 * @example
 * ```ts
 * import { REFORMED_IT_SCOPE_2023_266 } from "@nrs/indicators";
 * console.log(Object.entries(REFORMED_IT_SCOPE_2023_266).filter(([, s]) => !s.covered).map(([t]) => t)); // [ 'videoprojecteur', 'serveur' ]
 * ```
 */
export const REFORMED_IT_SCOPE_2023_266: Readonly<Record<string, ReformedItScope>> = {
  ordinateur_portable: covered(
    "2",
    "ordinateur portable : écran de plus de 100 cm² (annexe IV, catégorie 2 : « ordinateurs portables »)",
    'laptop: screen over 100 cm² (annex IV, category 2: "laptops")',
  ),
  ordinateur_fixe: covered(
    "6",
    "ordinateur de bureau : petit équipement informatique (annexe IV, catégorie 6 : « ordinateurs personnels »)",
    'desktop: small IT equipment (annex IV, category 6: "personal computers")',
  ),
  ecran: covered("2", "écran ou moniteur (catégorie 2)", "screen or monitor (category 2)"),
  televiseur: covered("2", "téléviseur (annexe IV, catégorie 2)", "television (annex IV, category 2)"),
  tablette: covered("2", "tablette : écran de plus de 100 cm² (catégorie 2)", "tablet: screen over 100 cm² (category 2)"),
  smartphone: covered("6", "téléphone mobile (annexe IV, catégorie 6)", "mobile phone (annex IV, category 6)"),
  telephone_basique: covered("6", "téléphone mobile (annexe IV, catégorie 6)", "mobile phone (annex IV, category 6)"),
  imprimante: covered(
    "6",
    "imprimante (annexe IV, catégorie 6) ; une grande multifonction de plus de 50 cm relève de la catégorie 4",
    "printer (annex IV, category 6); a large multifunction printer over 50 cm is category 4",
  ),
  box_internet: covered("6", "routeur ou box (annexe IV, catégorie 6 : « routeurs »)", 'router or box (annex IV, category 6: "routers")'),
  disque_dur_externe: covered(
    "6",
    "périphérique de stockage : petit équipement informatique (catégorie 6)",
    "storage peripheral: small IT equipment (category 6)",
  ),
  ssd_externe: covered(
    "6",
    "périphérique de stockage : petit équipement informatique (catégorie 6)",
    "storage peripheral: small IT equipment (category 6)",
  ),
  cle_usb: covered(
    "6",
    "périphérique de stockage : petit équipement informatique (catégorie 6)",
    "storage peripheral: small IT equipment (category 6)",
  ),
  videoprojecteur: outside(
    "5",
    "vidéoprojecteur : appareil de reproduction de l'image, petit équipement (catégorie 5), hors des catégories 2° et 6°",
    "video projector: image equipment, small equipment (category 5), outside categories 2 and 6",
  ),
  serveur: outside(
    "4",
    "serveur : une dimension extérieure de plus de 50 cm, gros équipement (catégorie 4), hors des catégories 2° et 6°",
    "server: an outer dimension over 50 cm, large equipment (category 4), outside categories 2 and 6",
  ),
};

/**
 * Whether décret n° 2023-266 covers an inventory type: `overrides[type]` when given, otherwise
 * {@link REFORMED_IT_SCOPE_2023_266}; a type in neither is not covered.
 *
 * @example
 * ```ts
 * import { coveredBy2023266 } from "@nrs/indicators";
 * console.log(coveredBy2023266("ecran"), coveredBy2023266("serveur"), coveredBy2023266("imprimante", { imprimante: false })); // true false false
 * ```
 */
export function coveredBy2023266(type: string, overrides?: Readonly<Record<string, boolean>>): boolean {
  const o = overrides?.[type];
  if (o !== undefined) return o;
  return Object.hasOwn(REFORMED_IT_SCOPE_2023_266, type) && REFORMED_IT_SCOPE_2023_266[type]!.covered;
}
