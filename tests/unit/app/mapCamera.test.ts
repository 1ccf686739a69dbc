import { describe, expect, it } from 'vitest';
import { readMapCamera, registerMapCamera } from '../../../src/app/mapCamera.ts';

describe('readMapCamera', () => {
  it('reads the centre and zoom of the registered map, and nothing once it unregisters', () => {
    expect(readMapCamera()).toBeNull();
    const unregister = registerMapCamera({ getCenter: () => ({ lng: 71.45, lat: 51.18 }), getZoom: () => 5 });
    expect(readMapCamera()).toEqual({ lon: 71.45, lat: 51.18, zoom: 5 });
    unregister();
    expect(readMapCamera()).toBeNull();
  });
});
