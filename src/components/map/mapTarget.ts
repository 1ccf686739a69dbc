/** What a pointer can point at on either map renderer. */
export type MapTarget =
  | { kind: 'place'; key: string }
  | { kind: 'arc'; a: string; b: string; count: number }
  | { kind: 'initiative'; id: string }
  /** A country's land, for its name and the events it takes part in (hover only). */
  | { kind: 'country'; iso3: string };

/** Longitude, latitude. */
export type LonLat = [number, number];
