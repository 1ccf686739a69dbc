/** What a pointer can point at on either map renderer. */
export type MapTarget =
  | { kind: 'place'; key: string }
  | { kind: 'arc'; a: string; b: string; count: number }
  | { kind: 'initiative'; id: string };

/** Longitude, latitude. */
export type LonLat = [number, number];
