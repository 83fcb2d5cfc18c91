import type { DayOrder } from "../asset-export/asset-day.js";
import { bad, quote, type Parsed } from "./cell-problem.js";
import { parseDate, parseLifetime, type ParsedDate } from "./cell-parsers.js";
import { resolveInventoryOrigin, type InventoryOrigin } from "./inventory-origins.js";
import { deviceTypeList, resolveDeviceType } from "./inventory-vocabulary.js";
import type { LifetimeInfo } from "../devices/lifetime.js";

const CACHE_LIMIT = 50_000;
const ENTITY_MAX = 64;
/** What an entity code may not hold: a control character, or U+FFFD (a byte the decoder could not read). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this pattern
const UNREADABLE = /[\u0000-\u001f\ufffd]/;
const LOCATION_RE = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;

/**
 * The verdicts on the cells of the columns whose texts repeat (type, dates, lifetime, origin, zone,
 * entity), each computed once per distinct text: an inventory of a million lines has a few hundred.
 * @internal
 */
export class CellValues {
  private readonly types = new Map<string, Parsed<string>>();
  private readonly dates = new Map<string, Parsed<ParsedDate>>();
  private readonly lifetimes = new Map<string, Parsed<LifetimeInfo>>();
  private readonly origins = new Map<string, Parsed<InventoryOrigin>>();
  private readonly locations = new Map<string, Parsed<string>>();
  private readonly entities = new Map<string, Parsed<string>>();

  /** `order`: day and month order of dates written with the year last. */
  constructor(private readonly order: DayOrder = "dmy") {}

  /** The type code a `type` cell names. */
  type(text: string): Parsed<string> {
    let t = this.types.get(text);
    if (t === undefined) {
      const def = resolveDeviceType(text);
      t =
        def !== undefined
          ? def.code
          : bad(
              "NRS_INVENTORY_UNKNOWN_TYPE",
              `Type d'équipement ${quote(text)} inconnu. Types connus : ${deviceTypeList()}. Pour le reconnaître, traduisez-le dans nrs.json (« inventaire » › « glpi », « ocs » ou « snipeit » › « types » : { ${JSON.stringify(text)}: "ecran" }, ou null pour écarter ces lignes) ou dans une correspondance (values.type).`,
              `Unknown equipment type ${quote(text)}. Known types: ${deviceTypeList()}. To read it, translate it in nrs.json ("inventaire" › "glpi", "ocs" or "snipeit" › "types": { ${JSON.stringify(text)}: "ecran" }, or null to leave those lines out) or in a column mapping (values.type).`,
            );
      remember(this.types, text, t);
    }
    return t;
  }

  date(text: string): Parsed<ParsedDate> {
    let d = this.dates.get(text);
    if (d === undefined) {
      d = parseDate(text, this.order);
      remember(this.dates, text, d);
    }
    return d;
  }

  lifetime(text: string): Parsed<LifetimeInfo> {
    let l = this.lifetimes.get(text);
    if (l === undefined) {
      l = parseLifetime(text);
      remember(this.lifetimes, text, l);
    }
    return l;
  }

  origin(text: string): Parsed<InventoryOrigin> {
    let o = this.origins.get(text);
    if (o === undefined) {
      o =
        resolveInventoryOrigin(text) ??
        bad(
          "NRS_INVENTORY_UNKNOWN_ORIGIN",
          `Origine ${quote(text)} inconnue : neuf, reemploi ou reconditionne.`,
          `Unknown origin ${quote(text)}: neuf (new), reemploi (reused) or reconditionne (refurbished).`,
        );
      remember(this.origins, text, o);
    }
    return o;
  }

  /** A grid zone code, upper-cased. */
  location(text: string): Parsed<string> {
    let loc = this.locations.get(text);
    if (loc === undefined) {
      loc = LOCATION_RE.test(text)
        ? text.toUpperCase()
        : bad(
            "NRS_INVENTORY_BAD_LOCATION",
            `Localisation ${quote(text)} invalide : un code de zone comme FR est attendu.`,
            `Invalid location ${quote(text)}: a zone code such as FR is expected.`,
          );
      remember(this.locations, text, loc);
    }
    return loc;
  }

  entity(text: string): Parsed<string> {
    let e = this.entities.get(text);
    if (e === undefined) {
      e =
        text.length > ENTITY_MAX || UNREADABLE.test(text)
          ? bad(
              "NRS_INVENTORY_BAD_ENTITY",
              `Entité ${quote(text)} invalide : « epci » ou un code INSEE, ${ENTITY_MAX} caractères au plus, sans caractère illisible.`,
              `Invalid entity ${quote(text)}: "epci" or an INSEE code, at most ${ENTITY_MAX} characters, no unreadable character.`,
            )
          : text;
      remember(this.entities, text, e);
    }
    return e;
  }
}

function remember<T>(cache: Map<string, T>, key: string, value: T): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
}
