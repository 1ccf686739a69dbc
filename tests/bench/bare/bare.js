// The baseline of the map's cold-load benchmark: MapLibre alone drawing the same region geometry and
// event places as the app, with nothing else on the page. Sized like the app's map (?w=&h=).
import * as maplibregl from './maplibre-gl.mjs';

const params = new URLSearchParams(location.search);
const container = document.getElementById('map');
container.style.width = `${params.get('w') ?? 1000}px`;
container.style.height = `${params.get('h') ?? 600}px`;

maplibregl.setWorkerUrl(new URL('./maplibre-gl-worker.mjs', import.meta.url).href);
const [topology, places] = await Promise.all([fetch('./region.topo.json').then((r) => r.json()), fetch('./places.json').then((r) => r.json())]);
const { feature } = window.topojson;

const map = new maplibregl.Map({
  container,
  style: {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: feature(topology, topology.objects.countries) },
      water: { type: 'geojson', data: feature(topology, topology.objects.water) },
      places: { type: 'geojson', data: places },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#cfe3f0' } },
      { id: 'countries', type: 'fill', source: 'countries', paint: { 'fill-color': '#fbf4e2' } },
      { id: 'borders', type: 'line', source: 'countries', paint: { 'line-color': '#8c7a58' } },
      { id: 'water', type: 'fill', source: 'water', paint: { 'fill-color': '#cfe3f0' } },
      { id: 'places', type: 'circle', source: 'places', paint: { 'circle-radius': 8, 'circle-color': '#2b3440' } },
    ],
  },
  bounds: [[31, 35], [88, 59]],
});
map.once('load', () =>
  map.once('idle', () => {
    performance.mark('app-ready');
    document.documentElement.dataset.state = 'ready';
  }),
);
