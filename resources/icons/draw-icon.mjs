// Draws resources/icons/icon.png (1024×1024): a navy tile with a white page of text lines and a
// gold seal with a check mark — a checked source. Pure Node (zlib) so it can be redrawn anywhere:
//   node resources/icons/draw-icon.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const SIZE = 1024;

// Signed distance to a rounded rectangle centred at (cx, cy) with half sizes (hw, hh), radius r.
function roundedBox(x, y, cx, cy, hw, hh, r) {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}
function circle(x, y, cx, cy, r) {
  return Math.hypot(x - cx, y - cy) - r;
}
function segment(x, y, ax, ay, bx, by, width) {
  const px = x - ax, py = y - ay, dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * t, py - dy * t) - width / 2;
}

const NAVY = [31, 58, 95];
const PAPER = [250, 248, 242];
const INK = [120, 135, 155];
const GOLD = [214, 168, 58];
const WHITE = [255, 255, 255];

// Layers from back to front: [distance function, colour].
const layers = [
  [(x, y) => roundedBox(x, y, 512, 512, 440, 440, 190), NAVY],
  [(x, y) => roundedBox(x, y, 470, 500, 245, 320, 28), PAPER],
  ...[0, 1, 2, 3, 4].map((i) => [
    (x, y) => roundedBox(x, y, 450 - (i === 4 ? 50 : 0), 300 + i * 85, i === 4 ? 130 : 180, 16, 16),
    INK,
  ]),
  [(x, y) => circle(x, y, 700, 730, 170), GOLD],
  [(x, y) => Math.min(segment(x, y, 625, 735, 685, 795, 44), segment(x, y, 685, 795, 785, 660, 44)), WHITE],
];

const SAMPLES = 4; // 4×4 supersampling for smooth edges
const rows = [];
for (let y = 0; y < SIZE; y++) {
  const row = Buffer.alloc(1 + SIZE * 4);
  for (let x = 0; x < SIZE; x++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const px = x + (sx + 0.5) / SAMPLES, py = y + (sy + 0.5) / SAMPLES;
        let colour = null;
        for (const [shape, c] of layers) if (shape(px, py) <= 0) colour = c;
        if (colour) {
          r += colour[0]; g += colour[1]; b += colour[2]; a += 1;
        }
      }
    }
    const o = 1 + x * 4;
    if (a > 0) {
      row[o] = Math.round(r / a); row[o + 1] = Math.round(g / a); row[o + 2] = Math.round(b / a);
    }
    row[o + 3] = Math.round((a / (SAMPLES * SAMPLES)) * 255);
  }
  rows.push(row);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`icon.png: ${png.length} bytes`);
