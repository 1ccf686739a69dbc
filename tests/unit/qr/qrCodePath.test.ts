import qrcode from 'qrcode-generator';
import { describe, expect, it } from 'vitest';
import { qrCodePath } from '../../../src/lib/qr/qrCodePath.ts';

describe('qrCodePath', () => {
  it('draws one unit square per dark module, inside a four-module quiet zone', () => {
    const text = 'https://maps.example.org/?story=astana-2022-to-dushanbe-2025&step=3';
    const { size, d } = qrCodePath(text);
    const reference = qrcode(0, 'M');
    reference.addData(text, 'Byte');
    reference.make();
    const count = reference.getModuleCount();
    expect(size).toBe(count + 8);
    let dark = 0;
    for (let row = 0; row < count; row++) for (let col = 0; col < count; col++) if (reference.isDark(row, col)) dark++;
    expect(d.match(/M/g)).toHaveLength(dark);
    // The top-left finder pattern starts right after the quiet zone.
    expect(d.startsWith('M4 4h1v1h-1z')).toBe(true);
  });

  it('encodes non-Latin text as UTF-8 bytes (more data than the same number of ASCII letters)', () => {
    expect(qrCodePath('?q=' + 'ё'.repeat(60)).size).toBeGreaterThan(qrCodePath('?q=' + 'e'.repeat(60)).size);
  });
});
