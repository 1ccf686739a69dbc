/**
 * The fixed vocabularies of the data contract, kept apart from the schema so the app can use them
 * without bundling the schema library.
 */
export const LANGUAGES = ['ru', 'en', 'kk'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Event types, a fixed vocabulary. Order is the order of timeline lanes and legends. */
export const EVENT_TYPES = [
  'summit', // multilateral summit (CA–Russia, CIS, CSTO, SCO, EAEU, Caspian)
  'visit', // bilateral state, official or working visit
  'talks', // talks or a telephone call without a visit
  'statement', // joint statement, declaration or speech
  'agreement', // treaty, agreement or contract signed
  'milestone', // initiative milestone (a line opened, a project launched)
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Topic tags; an event may carry several. */
export const TOPICS = [
  'water',
  'transport',
  'energy',
  'nuclear',
  'security',
  'trade',
  'migration',
  'culture',
  'borders',
  'politics',
] as const;
export type Topic = (typeof TOPICS)[number];

/**
 * The formal level of a bilateral relationship, as the signed documents name it, lowest first. An
 * agreement or statement that sets or raises it carries `relationLevel`.
 */
export const RELATION_LEVELS = ['friendship', 'strategic-partnership', 'alliance', 'comprehensive-strategic-partnership'] as const;
export type RelationLevel = (typeof RELATION_LEVELS)[number];

export const INITIATIVE_STATUSES = ['proposed', 'agreed', 'under-construction', 'operating', 'in-force'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** BCP 47 locale for Intl in each UI language. */
export const INTL_LOCALE: Record<Language, string> = { ru: 'ru-RU', en: 'en-GB', kk: 'kk-KZ' };

/** What the main area can show. */
export const VIEWS = ['map', 'table', 'relations', 'about'] as const;
export type MainView = (typeof VIEWS)[number];

/** How the timeline groups events into lanes: by type, or one lane per Russia–partner pair. */
export const LANE_MODES = ['type', 'pair'] as const;
export type LaneMode = (typeof LANE_MODES)[number];
