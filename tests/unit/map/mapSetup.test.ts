import { describe, expect, it, vi } from 'vitest';
import { addStyleImages, pushChosenCountries, pushLanguage, pushPresentationScale, pushSourceData, targetAt, watchRendering, wireCountryHover, wirePointer, type MapLike } from '../../../src/components/map/mapSetup.ts';
import { LABEL_LAYERS, SCALED_TEXT_LAYERS, buildMapStyle } from '../../../src/lib/geo/buildMapStyle.ts';
import { PLACE_MARKER_RADIUS } from '../../../src/lib/geo/eventSymbols.ts';
import { regionGeoJson } from '../../../src/lib/geo/regionGeoJson.ts';
import { fixtureDataset, fixtureTopology } from '../geo/mapFixtures.ts';

type Handler = (event?: unknown) => void;

/** A stand-in for MapLibre's Map: records calls and lets a test fire its events. */
function fakeMap(rendered: { layer: { id: string }; properties: Record<string, unknown> }[] = []) {
  const handlers = new Map<string, Handler[]>();
  const images = new Map<string, unknown>();
  const setData = vi.fn();
  const layout: [string, string, unknown][] = [];
  const paint: [string, string, unknown][] = [];
  const filters: [string, unknown][] = [];
  let resolver: ((id: string) => void) | null = null;
  const canvas = { style: { cursor: '' } };
  const listen = (type: string, handler: Handler) => handlers.set(type, [...(handlers.get(type) ?? []), handler]);
  const map = {
    on: (type: string, layersOrHandler: unknown, maybeHandler?: Handler) => listen(type, (maybeHandler ?? layersOrHandler) as Handler),
    once: (type: string, handler: Handler) => {
      const once: Handler = (event) => {
        handlers.set(type, (handlers.get(type) ?? []).filter((item) => item !== once));
        handler(event);
      };
      listen(type, once);
    },
    addImage: (id: string, data: unknown) => images.set(id, data),
    hasImage: (id: string) => images.has(id),
    setMissingStyleImageResolver: (callback: (id: string) => void) => (resolver = callback),
    getCanvas: () => canvas,
    getSource: (id: string) => (id === 'places' || id === 'arcs' ? { setData } : undefined),
    setLayoutProperty: (layer: string, name: string, value: unknown) => layout.push([layer, name, value]),
    setPaintProperty: (layer: string, name: string, value: unknown) => paint.push([layer, name, value]),
    setFilter: (layer: string, filter: unknown) => filters.push([layer, filter]),
    // Like MapLibre: only the features of the layers asked for.
    queryRenderedFeatures: (first?: unknown, second?: { layers?: string[] }) => {
      const options = (second ?? (first && typeof first === 'object' && 'layers' in first ? first : undefined)) as { layers?: string[] } | undefined;
      return rendered.filter((feature) => !options?.layers || options.layers.includes(feature.layer.id));
    },
  } as unknown as MapLike;
  const fire = (type: string, event?: unknown) => [...(handlers.get(type) ?? [])].forEach((handler) => handler(event));
  return { map, images, setData, layout, paint, filters, canvas, fire, resolve: (id: string) => resolver?.(id) };
}

const image = { data: { width: 1, height: 1, data: new Uint8Array(4) }, pixelRatio: 2 };
const pointerEvent = { point: { x: 1, y: 2 }, lngLat: { lng: 68.8, lat: 38.6 } };

describe('addStyleImages', () => {
  it('adds each known image once, before the style asks, and resolves the ones asked for later', () => {
    const { map, images, resolve } = fakeMap();
    addStyleImages(map, ['a', 'b', 'a'], (id) => (id === 'unknown' ? null : image));
    expect([...images.keys()]).toEqual(['a', 'b']);
    resolve('c');
    resolve('unknown');
    expect([...images.keys()]).toEqual(['a', 'b', 'c']);
  });
});

describe('targetAt and wirePointer', () => {
  it('turns the arc under the pointer into a pair target and a click into activate', () => {
    const { map, fire, canvas } = fakeMap([{ layer: { id: 'relation-arcs' }, properties: { a: 'RUS', b: 'KAZ', count: 7 } }]);
    expect(targetAt(map, pointerEvent.point as never)).toEqual({ kind: 'arc', a: 'RUS', b: 'KAZ', count: 7 });
    const handlers = { describe: vi.fn(() => ['Russia – Kazakhstan']), activate: vi.fn(), closeCard: vi.fn(), showTip: vi.fn(), hideTip: vi.fn() };
    wirePointer(map, handlers);
    fire('mousemove', pointerEvent);
    expect(canvas.style.cursor).toBe('pointer');
    expect(handlers.showTip).toHaveBeenCalledWith(['Russia – Kazakhstan'], [68.8, 38.6]);
    fire('click', pointerEvent);
    expect(handlers.activate).toHaveBeenCalledWith({ kind: 'arc', a: 'RUS', b: 'KAZ', count: 7 }, [68.8, 38.6]);
    fire('mouseout');
    expect(canvas.style.cursor).toBe('');
    expect(handlers.hideTip).toHaveBeenCalled();
  });

  it('reads an initiative under the pointer and closes the card on a click on empty map', () => {
    const initiative = fakeMap([{ layer: { id: 'initiative-corridors' }, properties: { id: 'instc' } }]);
    expect(targetAt(initiative.map, pointerEvent.point as never)).toEqual({ kind: 'initiative', id: 'instc' });
    const empty = fakeMap([]);
    const handlers = { describe: vi.fn(), activate: vi.fn(), closeCard: vi.fn(), showTip: vi.fn(), hideTip: vi.fn() };
    wirePointer(empty.map, handlers);
    empty.fire('click', pointerEvent);
    expect(handlers.activate).not.toHaveBeenCalled();
    expect(handlers.closeCard).toHaveBeenCalledOnce();
  });
});

describe('watchRendering', () => {
  it('signals load, then the first full view once, and counts distinct places drawn', () => {
    const { map, fire } = fakeMap([
      { layer: { id: 'event-places-single' }, properties: { key: 'moscow' } },
      { layer: { id: 'event-places-group' }, properties: { key: 'moscow' } },
      { layer: { id: 'event-places-single' }, properties: { key: 'astana' } },
    ]);
    const signals = { contextLost: vi.fn(), contextRestored: vi.fn(), drawnPlaces: vi.fn(), loaded: vi.fn(), firstIdle: vi.fn() };
    watchRendering(map, signals);
    fire('load');
    fire('idle');
    fire('idle');
    expect(signals.loaded).toHaveBeenCalledOnce();
    expect(signals.firstIdle).toHaveBeenCalledOnce();
    expect(signals.drawnPlaces).toHaveBeenLastCalledWith(2);
    fire('webglcontextlost');
    expect(signals.contextLost).toHaveBeenCalledOnce();
    expect(signals.drawnPlaces).toHaveBeenLastCalledWith(0);
  });
});

describe('pushSourceData and pushLanguage', () => {
  it("set a source's data and every label layer's text field", () => {
    const { map, setData, layout } = fakeMap();
    const data = { type: 'FeatureCollection' as const, features: [] };
    pushSourceData(map, 'arcs', data);
    expect(setData).toHaveBeenCalledWith(data);
    pushLanguage(map, 'kk');
    expect(layout.map(([layer]) => layer)).toEqual([...LABEL_LAYERS]);
    expect(layout.every(([, name]) => name === 'text-field')).toBe(true);
  });
});

describe('pushPresentationScale', () => {
  it("grows the text and the markers together, on layers the style has, and sets them back", () => {
    const { map, layout, paint } = fakeMap();
    pushPresentationScale(map, 1.8);
    expect(layout.filter(([, name]) => name === 'text-size').map(([layer]) => layer)).toEqual([...SCALED_TEXT_LAYERS]);
    expect(layout).toContainEqual(['event-places-single', 'icon-size', 1.8]);
    const groupRadius = paint.find(([layer, name]) => layer === 'event-places-group' && name === 'circle-radius')![2] as unknown[];
    // The interpolation's stops: the smallest and largest circles, both 1.8 times their size.
    expect(groupRadius.slice(-4)).toEqual([1, PLACE_MARKER_RADIUS.groupMin * 1.8, 10, PLACE_MARKER_RADIUS.groupMax * 1.8]);
    expect(paint.map(([layer]) => layer).sort()).toEqual(['event-places-group', 'event-places-selected']);

    const dataset = fixtureDataset();
    const style = buildMapStyle({ region: regionGeoJson(fixtureTopology(dataset), dataset.countries), lang: 'ru' });
    const layerIds = new Set(style.layers.map((layer) => layer.id));
    expect([...layout, ...paint].every(([layer]) => layerIds.has(layer))).toBe(true);
    // Back at 1, the values are the style's own.
    const reset = fakeMap();
    pushPresentationScale(reset.map, 1);
    const groupLayer = style.layers.find((layer) => layer.id === 'event-places-group')!;
    expect(reset.paint.find(([layer]) => layer === 'event-places-group')![2]).toEqual((groupLayer as { paint: Record<string, unknown> }).paint['circle-radius']);
  });
});

describe('pushChosenCountries and wireCountryHover', () => {
  it('outlines the chosen countries and names a country with its events under the pointer', () => {
    const { map, filters, fire } = fakeMap([{ layer: { id: 'countries-fill' }, properties: { iso3: 'KAZ' } }]);
    pushChosenCountries(map, ['KAZ', 'UZB']);
    expect(filters).toEqual([['chosen-countries', ['in', ['get', 'iso3'], ['literal', ['KAZ', 'UZB']]]]]);
    const handlers = { describe: vi.fn(() => ['Kazakhstan', '238 events']), showTip: vi.fn(), hideTip: vi.fn() };
    wireCountryHover(map, handlers);
    fire('mousemove', pointerEvent);
    expect(handlers.describe).toHaveBeenCalledWith({ kind: 'country', iso3: 'KAZ' });
    expect(handlers.showTip).toHaveBeenCalledWith(['Kazakhstan', '238 events'], [68.8, 38.6]);
  });
});


describe('a feature index a frame behind its source (maplibre-gl-js#8064)', () => {
  it('finds nothing under the pointer instead of throwing, and finds it again on the next move', () => {
    const { map, fire } = fakeMap([{ layer: { id: 'countries-fill' }, properties: { iso3: 'UZB' } }]);
    const query = map.queryRenderedFeatures.bind(map);
    let lagging = true;
    (map as { queryRenderedFeatures: unknown }).queryRenderedFeatures = (...args: Parameters<typeof query>) => {
      if (lagging) throw new Error('feature index out of bounds');
      return query(...args);
    };
    const handlers = { describe: vi.fn(() => ['Uzbekistan']), activate: vi.fn(), closeCard: vi.fn(), showTip: vi.fn(), hideTip: vi.fn() };
    wirePointer(map, handlers);
    wireCountryHover(map, handlers);
    expect(() => fire('mousemove', pointerEvent)).not.toThrow();
    expect(() => fire('click', pointerEvent)).not.toThrow();
    expect(handlers.showTip).not.toHaveBeenCalled();
    lagging = false;
    fire('mousemove', pointerEvent);
    expect(handlers.showTip).toHaveBeenCalledWith(['Uzbekistan'], [68.8, 38.6]);
    fire('mouseout');
    expect(handlers.hideTip).toHaveBeenCalledTimes(1);
  });
});
