/**
 * A QR code as one SVG path of unit squares, so Svelte draws it as markup (no HTML strings) and
 * the page needs no network to show a phone where the current view lives.
 */
import qrcode from 'qrcode-generator';

export interface QrCodePath {
  /** Modules per side, including the quiet zone. */
  size: number;
  /** Path data with one `M x y h1v1h-1z` square per dark module. */
  d: string;
}

/** Four modules of quiet zone, as the standard asks. */
const QUIET_ZONE = 4;

export function qrCodePath(text: string): QrCodePath {
  const code = qrcode(0, 'M');
  // The library's byte mode keeps the low byte of each char code: hand it UTF-8 bytes as chars.
  code.addData(String.fromCharCode(...new TextEncoder().encode(text)), 'Byte');
  code.make();
  const count = code.getModuleCount();
  const parts: string[] = [];
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (code.isDark(row, col)) parts.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    }
  }
  return { size: count + QUIET_ZONE * 2, d: parts.join('') };
}
