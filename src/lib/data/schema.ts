/**
 * The data contract: one zod schema gives both the runtime validation (scripts/validate-data.ts,
 * the app's loader) and the TypeScript types. Each field carries a one-line doc.
 * Cross-file rules (participants exist, initiative ids exist, dates not in the future) live in
 * validateDataset.ts because a single-item schema cannot see the other files.
 */
import { z } from 'zod';
import { EVENT_TYPES, INITIATIVE_STATUSES, LANGUAGES, RELATION_LEVELS, TOPICS } from './vocabulary.ts';

export type { EventType, Language, Topic } from './vocabulary.ts';

/** ISO 3166-1 alpha-3 code, upper case. */
export const CountryCode = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code such as "KAZ"');

/** Year, month or day, matching `datePrecision`. Real calendar dates are checked in validateDataset. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY-MM-DD, YYYY-MM or YYYY');
export const FullDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');

/** Text in the three languages; Kazakh may be missing (the app then shows Russian and marks it). */
export const LocalizedText = z.object({
  ru: z.string().trim().min(1, 'Russian text is required'),
  en: z.string().trim().min(1, 'English text is required'),
  kk: z.string().trim().min(1).optional(),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

export const Longitude = z.number().min(-180, 'longitude must be within -180..180').max(180, 'longitude must be within -180..180');
export const Latitude = z.number().min(-90, 'latitude must be within -90..90').max(90, 'latitude must be within -90..90');

export const Source = z.object({
  /** Who published the page (the original where a mirror is cited, e.g. "UzA (via EIN Presswire)"). */
  publisher: z.string().trim().min(1),
  /** The page's headline; where it is not known, a description in [square brackets]. */
  title: z.string().trim().min(1),
  /** Address of the page exactly as stored when it was read (see data/README.md: never invented or "fixed"). */
  url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }),
  /** Publication date where known (from the page or its URL). */
  date: PartialDate.optional(),
  /** Language of the page, ISO 639-1 ("ru", "en", "kk", "it"…). */
  lang: z.string().regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code such as "ru"'),
});
export type Source = z.infer<typeof Source>;

export const Place = z.object({
  /** Place name as used at the time of the event. */
  name: LocalizedText,
  lon: Longitude,
  lat: Latitude,
  /** Country the place lies in (alpha-3). */
  country: CountryCode,
  /** Set when the place is the capital of `country`: the name then follows the date (Astana / Nur-Sultan). */
  capitalOf: CountryCode.optional(),
  /** True when the coordinates are approximate (not from a checked source). */
  approximate: z.boolean().optional(),
});
export type Place = z.infer<typeof Place>;

export const Quote = z.object({
  /** The words in the original language, exactly as the source gives them. */
  text: z.string().trim().min(1),
  /** Language of `text`. */
  lang: z.enum(LANGUAGES),
  /** Who said it. */
  speaker: LocalizedText,
  /** Our translation into the other languages (never into `lang` itself). */
  translation: z.object({ ru: z.string().min(1).optional(), en: z.string().min(1).optional(), kk: z.string().min(1).optional() }),
  /** Index into the event's `sources` of the page that carries the quote. */
  source: z.number().int().min(0),
});
export type Quote = z.infer<typeof Quote>;

export const Person = z.object({
  /** The person's country (alpha-3). */
  country: CountryCode,
  /** Name as commonly transliterated in each language. */
  name: LocalizedText,
});
export type Person = z.infer<typeof Person>;

export const RelationsEvent = z.object({
  /** Unique slug: date, then a few words, e.g. "2025-10-09-dushanbe-ca-russia-summit". */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug like "2022-10-14-astana-summit"'),
  /** Start date: YYYY-MM-DD, or YYYY-MM / YYYY with `datePrecision` saying so. */
  date: PartialDate,
  /** How precise `date` is; "day" unless a source gives only the month or year. */
  datePrecision: z.enum(['day', 'month', 'year']).default('day'),
  /** Last day of a multi-day event. */
  endDate: FullDate.optional(),
  /** One type from EVENT_TYPES. */
  type: z.enum(EVENT_TYPES),
  title: LocalizedText,
  /** Two or three sentences in our own words. */
  summary: LocalizedText,
  /** Countries taking part (alpha-3), Russia and at least one Central Asian state for most events. */
  participants: z.array(CountryCode).min(1, 'at least one participant is required'),
  /** Leaders or officials named by the sources. */
  people: z.array(Person).optional(),
  place: Place,
  /** Ids from data/initiatives.json. */
  initiatives: z.array(z.string()).default([]),
  /** Topic tags from TOPICS. */
  topics: z.array(z.enum(TOPICS)).min(1, 'at least one topic is required'),
  quotes: z.array(Quote).optional(),
  /** Where sources disagree or a part is uncertain: say so here. */
  note: LocalizedText.optional(),
  /** For an agreement or statement that sets or raises the pair's formal level (RELATION_LEVELS). */
  relationLevel: z.enum(RELATION_LEVELS).optional(),
  sources: z.array(Source).min(1, 'every event needs at least one source'),
});
export type RelationsEvent = z.infer<typeof RelationsEvent>;
export type RelationsEventInput = z.input<typeof RelationsEvent>;

export const CapitalName = z.object({
  /** First day the name was official (absent: since before 2000). */
  from: FullDate.optional(),
  /** Last day the name was official (absent: still in use). */
  to: FullDate.optional(),
  name: LocalizedText,
});

export const Country = z.object({
  /** ISO 3166-1 alpha-3. */
  iso3: CountryCode,
  /** ISO 3166-1 numeric, three digits, as world-atlas uses for ids. */
  isoNumeric: z.string().regex(/^\d{3}$/, 'must be a three-digit ISO 3166-1 numeric code'),
  /** Short name. */
  name: LocalizedText,
  /** "focus": Russia and the five states; "neighbour": context on the map; "partner": other participants. */
  role: z.enum(['focus', 'neighbour', 'partner']),
  /** Required for focus countries (arcs join capitals); optional for context countries. */
  capital: z
    .object({
      lon: Longitude,
      lat: Latitude,
      /** True when the coordinates are not from a checked source. */
      approximate: z.boolean().optional(),
      /** Names over time, oldest first; the one without `to` is current. */
      names: z.array(CapitalName).min(1),
    })
    .optional(),
});
export type Country = z.infer<typeof Country>;


const LineGeometry = z.object({
  type: z.enum(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']),
  coordinates: z.array(z.any()),
});

export const Initiative = z.object({
  /** Unique slug referenced by events' `initiatives`. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug'),
  /** Id of a broader initiative this one is part of (the eastern branch of the INSTC). */
  parent: z.string().optional(),
  name: LocalizedText,
  description: LocalizedText,
  /** How the initiative is drawn: a corridor as lines, a programme over a region as an area, a project as a point. */
  kind: z.enum(['corridor', 'programme', 'project']),
  /** Status over time, oldest first. */
  status: z
    .array(
      z.object({
        from: PartialDate,
        status: z.enum(INITIATIVE_STATUSES),
        note: LocalizedText.optional(),
        /** Id of the event that moved the initiative to this status. */
        event: z.string().optional(),
      }),
    )
    .min(1),
  /** GeoJSON features through real places; `properties.label` names a part, `approximate` flags drawn-by-hand lines. */
  geometry: z.object({
    type: z.literal('FeatureCollection'),
    features: z
      .array(
        z.object({
          type: z.literal('Feature'),
          properties: z.object({ label: LocalizedText.optional(), approximate: z.boolean().optional() }).loose(),
          geometry: LineGeometry,
        }),
      )
      .min(1),
  }),
  sources: z.array(Source).min(1, 'every initiative needs at least one source'),
});
export type Initiative = z.infer<typeof Initiative>;

export const Story = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  title: LocalizedText,
  steps: z
    .array(
      z.object({
        /** An event id or an initiative id (exactly one). */
        event: z.string().optional(),
        initiative: z.string().optional(),
        caption: LocalizedText,
        /** Map view for this step; absent: fit the event or initiative. */
        view: z.object({ lon: Longitude, lat: Latitude, zoom: z.number().min(0).max(12) }).optional(),
      }),
    )
    .min(1),
});
export type Story = z.infer<typeof Story>;

/** A semantic version, "1.2.0". */
const SemVer = z.string().regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, 'must be a semantic version such as "1.2.0"');

export const Correction = z.object({
  /** What was corrected: an event (default), an initiative or a story. */
  kind: z.enum(['event', 'initiative', 'story']).default('event'),
  /** Id of the corrected item. */
  id: z.string().min(1),
  /** The field that changed, as a path: "participants", "place.lon", "summary.en". */
  field: z.string().min(1),
  /** The value before, as it was shown (JSON for lists and numbers). */
  old: z.string(),
  /** The value after. */
  new: z.string(),
  /** Why: what the source says. */
  why: LocalizedText,
});
export type Correction = z.infer<typeof Correction>;

export const Release = z.object({
  version: SemVer,
  /** Day of publication. */
  date: FullDate,
  /** What changed, in a sentence or two. */
  summary: LocalizedText,
  /** Events added in this release. */
  eventsAdded: z.number().int().min(0),
  corrections: z.array(Correction).default([]),
});
export type Release = z.infer<typeof Release>;
