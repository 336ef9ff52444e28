// Procedural illustrations for the demo newsroom. Every picture is drawn here, from shapes,
// gradients and a seeded pseudo-random generator, so a fresh install ships no third-party
// imagery. Each function returns a standalone 1600x900 SVG document; the seed rasterises it.
// Only features librsvg renders reliably are used: gradients, paths, basic shapes, groups with
// opacity and transforms, and feGaussianBlur.

const W = 1600;
const H = 900;

type Rng = () => number;

/** mulberry32: a tiny, fast, seeded generator. Same seed, same picture. */
function seeded(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const between = (rng: Rng, lo: number, hi: number): number => lo + (hi - lo) * rng();
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;

/** Numbers in SVG attributes: one decimal place is plenty at this size. */
const n = (v: number): string => (Math.round(v * 10) / 10).toString();
/** Opacities get two decimal places. */
const op = (v: number): string => (Math.round(v * 100) / 100).toString();

type Pt = readonly [number, number];

const poly = (pts: readonly Pt[]): string => pts.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');

/** A path through points; `close` drops it to `bottom` and closes it (for land masses). */
function line(pts: readonly Pt[], close?: { bottom: number }): string {
  if (pts.length === 0) return '';
  const first = pts[0]!;
  const last = pts[pts.length - 1]!;
  const body = pts.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${n(x)} ${n(y)}`).join(' ');
  if (!close) return body;
  return `M${n(first[0])} ${n(close.bottom)} L${body.slice(1)} L${n(last[0])} ${n(close.bottom)} Z`;
}

// Colours ---------------------------------------------------------------------------------------

function hex(c: string): [number, number, number] {
  const v = parseInt(c.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

/** Linear blend of two #rrggbb colours; t=0 gives a, t=1 gives b. */
function mix(a: string, b: string, t: number): string {
  const ca = hex(a);
  const cb = hex(b);
  const out = ca.map((v, i) => Math.round(v + (cb[i]! - v) * t));
  return `#${out.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

// SVG pieces ------------------------------------------------------------------------------------

type Stop = readonly [offset: number, color: string, opacity?: number];

const stops = (list: readonly Stop[]): string =>
  list
    .map(
      ([o, c, op]) =>
        `<stop offset="${n(o * 100)}%" stop-color="${c}"${op === undefined ? '' : ` stop-opacity="${op}"`}/>`,
    )
    .join('');

function linear(
  id: string,
  list: readonly Stop[],
  [x1, y1, x2, y2]: readonly [number, number, number, number] = [0, 0, 0, 1],
): string {
  return `<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${stops(list)}</linearGradient>`;
}

function radial(
  id: string,
  list: readonly Stop[],
  { cx = 0.5, cy = 0.5, r = 0.5 }: { cx?: number; cy?: number; r?: number } = {},
): string {
  return `<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}">${stops(list)}</radialGradient>`;
}

const blur = (id: string, sd: number): string =>
  `<filter id="${id}" x="-25%" y="-25%" width="150%" height="150%"><feGaussianBlur stdDeviation="${sd}"/></filter>`;

/** A soft-edged blob fill for ellipses: cheaper than blurring each shape. */
const soft = (id: string, color: string, opacity: number): string =>
  radial(id, [
    [0, color, opacity],
    [0.45, color, opacity * 0.75],
    [1, color, 0],
  ]);

/** A horizontal band that fades in and out vertically. */
const band = (id: string, color: string, opacity: number): string =>
  linear(id, [
    [0, color, 0],
    [0.5, color, opacity],
    [1, color, 0],
  ]);

/** A darkened frame, as a lens gives: defs and the rect to lay on top. */
function vignette(strength = 0.55): { defs: string; layer: string } {
  return {
    defs: radial(
      'vignette',
      [
        [0.55, '#000000', 0],
        [1, '#000000', strength],
      ],
      { r: 0.75 },
    ),
    layer: `<rect width="${W}" height="${H}" fill="url(#vignette)"/>`,
  };
}

function svgDocument(defs: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
    `<defs>${defs}</defs>${body}</svg>`
  );
}

// Terrain ---------------------------------------------------------------------------------------

/** Rolling ground: a sum of sines with random phases. */
function hills(
  rng: Rng,
  base: number,
  amp: number,
  { x0 = -20, x1 = W + 20, step = 8, wavelength = 700 } = {},
): Pt[] {
  const waves = [1, 2.3, 5.1].map((k) => ({
    f: ((Math.PI * 2) / wavelength) * k * between(rng, 0.8, 1.2),
    a: (amp / k) * between(rng, 0.6, 1.1),
    ph: rng() * Math.PI * 2,
  }));
  const pts: Pt[] = [];
  for (let x = x0; x <= x1; x += step) {
    pts.push([x, base + waves.reduce((y, w) => y + w.a * Math.sin(x * w.f + w.ph), 0)]);
  }
  return pts;
}

/** Jagged ridgeline by midpoint displacement (for mountains). */
function peaks(
  rng: Rng,
  base: number,
  rough: number,
  {
    x0 = -40,
    x1 = W + 40,
    depth = 8,
    anchors,
  }: { x0?: number; x1?: number; depth?: number; anchors?: Pt[] } = {},
): Pt[] {
  let pts: Pt[] = anchors ?? [
    [x0, base + between(rng, -rough, rough) * 0.5],
    [x1, base + between(rng, -rough, rough) * 0.5],
  ];
  let r = rough;
  for (let d = 0; d < depth; d++) {
    const next: Pt[] = [];
    for (let i = 0; i < pts.length - 1; i++) {
      const a = pts[i]!;
      const b = pts[i + 1]!;
      next.push(a, [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2 + between(rng, -r, r)]);
    }
    next.push(pts[pts.length - 1]!);
    pts = next;
    r *= 0.55;
  }
  return pts;
}

/** y of a polyline at x (for standing things on the ground). */
function yAt(pts: readonly Pt[], x: number): number {
  for (let i = 0; i < pts.length - 1; i++) {
    const a = pts[i]!;
    const b = pts[i + 1]!;
    if (x >= a[0] && x <= b[0]) return a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0] || 1);
  }
  return pts[pts.length - 1]![1];
}

function stars(rng: Rng, count: number, top: number, bottom: number, color = '#ffffff'): string {
  let out = '';
  for (let i = 0; i < count; i++) {
    const y = between(rng, top, bottom);
    const fade = 1 - (y - top) / (bottom - top);
    out += `<circle cx="${n(between(rng, 0, W))}" cy="${n(y)}" r="${n(between(rng, 0.6, 1.8))}" fill="${color}" opacity="${op(fade * between(rng, 0.3, 0.9))}"/>`;
  }
  return out;
}

function gull(x: number, y: number, s: number, color: string): string {
  return `<path d="M${n(x - 14 * s)} ${n(y)} Q${n(x - 7 * s)} ${n(y - 7 * s)} ${n(x)} ${n(y)} Q${n(x + 7 * s)} ${n(y - 7 * s)} ${n(x + 14 * s)} ${n(y)}" fill="none" stroke="${color}" stroke-width="${n(1.6 * s)}" stroke-linecap="round"/>`;
}

// 1. Harbour at dusk -----------------------------------------------------------------------------

/** Ship-to-shore gantry crane, legs on the quay at (x, y), boom reaching right over the water. */
function gantryCrane(x: number, y: number, s: number, color: string): string {
  const h = 250 * s;
  const legW = 70 * s;
  const boomY = y - h;
  const t = 7 * s;
  const apex = boomY - 80 * s;
  const parts = [
    // Legs and cross-bracing.
    `<path d="M${n(x)} ${n(y)} L${n(x + 8 * s)} ${n(boomY)} M${n(x + legW)} ${n(y)} L${n(x + legW - 8 * s)} ${n(boomY)} M${n(x + 4 * s)} ${n(y - h * 0.45)} L${n(x + legW - 4 * s)} ${n(y - h * 0.45)} M${n(x + 4 * s)} ${n(y - h * 0.45)} L${n(x + legW - 8 * s)} ${n(boomY)} M${n(x + legW - 4 * s)} ${n(y - h * 0.45)} L${n(x + 8 * s)} ${n(boomY)}" stroke="${color}" stroke-width="${n(t)}" fill="none"/>`,
    // Boom: long to the right (waterside), short back-reach.
    `<rect x="${n(x - 90 * s)}" y="${n(boomY - t)}" width="${n(legW + 330 * s)}" height="${n(t * 1.6)}" fill="${color}"/>`,
    // Machinery house and apex frame with stays.
    `<rect x="${n(x - 4 * s)}" y="${n(boomY - 26 * s)}" width="${n(legW + 8 * s)}" height="${n(20 * s)}" fill="${color}"/>`,
    `<path d="M${n(x + legW * 0.3)} ${n(boomY - 20 * s)} L${n(x + legW * 0.5)} ${n(apex)} L${n(x + legW * 0.7)} ${n(boomY - 20 * s)} M${n(x + legW * 0.5)} ${n(apex)} L${n(x + legW + 236 * s)} ${n(boomY - t)} M${n(x + legW * 0.5)} ${n(apex)} L${n(x + legW + 130 * s)} ${n(boomY - t)} M${n(x + legW * 0.5)} ${n(apex)} L${n(x - 88 * s)} ${n(boomY - t)}" stroke="${color}" stroke-width="${n(2.4 * s)}" fill="none"/>`,
    // Trolley and hanging spreader.
    `<rect x="${n(x + legW + 120 * s)}" y="${n(boomY + 2 * s)}" width="${n(18 * s)}" height="${n(8 * s)}" fill="${color}"/>`,
    `<path d="M${n(x + legW + 125 * s)} ${n(boomY + 10 * s)} L${n(x + legW + 125 * s)} ${n(boomY + 90 * s)} M${n(x + legW + 133 * s)} ${n(boomY + 10 * s)} L${n(x + legW + 133 * s)} ${n(boomY + 90 * s)}" stroke="${color}" stroke-width="${n(1.2 * s)}"/>`,
    `<rect x="${n(x + legW + 108 * s)}" y="${n(boomY + 90 * s)}" width="${n(42 * s)}" height="${n(5 * s)}" fill="${color}"/>`,
  ];
  return parts.join('');
}

function fishingBoat(
  x: number,
  y: number,
  s: number,
  hull: string,
  cabin: string,
  lit: boolean,
): string {
  const L = 260 * s;
  return [
    `<path d="M${n(x)} ${n(y - 40 * s)} L${n(x + L)} ${n(y - 46 * s)} Q${n(x + L - 30 * s)} ${n(y)} ${n(x + L - 60 * s)} ${n(y + 6 * s)} L${n(x + 30 * s)} ${n(y + 6 * s)} Q${n(x + 8 * s)} ${n(y - 8 * s)} ${n(x)} ${n(y - 40 * s)} Z" fill="${hull}"/>`,
    `<path d="M${n(x + 4 * s)} ${n(y - 34 * s)} L${n(x + L - 4 * s)} ${n(y - 40 * s)}" stroke="${mix(hull, '#ffffff', 0.25)}" stroke-width="${n(3 * s)}"/>`,
    `<rect x="${n(x + 60 * s)}" y="${n(y - 92 * s)}" width="${n(70 * s)}" height="${n(52 * s)}" fill="${cabin}"/>`,
    `<rect x="${n(x + 54 * s)}" y="${n(y - 98 * s)}" width="${n(82 * s)}" height="${n(8 * s)}" fill="${hull}"/>`,
    `<rect x="${n(x + 70 * s)}" y="${n(y - 82 * s)}" width="${n(20 * s)}" height="${n(14 * s)}" fill="${lit ? '#ffd68a' : '#3a4560'}"/>`,
    `<rect x="${n(x + 98 * s)}" y="${n(y - 82 * s)}" width="${n(20 * s)}" height="${n(14 * s)}" fill="${lit ? '#ffc872' : '#3a4560'}"/>`,
    `<path d="M${n(x + 160 * s)} ${n(y - 44 * s)} L${n(x + 160 * s)} ${n(y - 210 * s)} M${n(x + 160 * s)} ${n(y - 200 * s)} L${n(x + 250 * s)} ${n(y - 46 * s)} M${n(x + 160 * s)} ${n(y - 200 * s)} L${n(x + 20 * s)} ${n(y - 40 * s)} M${n(x + 160 * s)} ${n(y - 150 * s)} L${n(x + 220 * s)} ${n(y - 120 * s)}" stroke="${hull}" stroke-width="${n(3 * s)}" fill="none"/>`,
    `<circle cx="${n(x + 160 * s)}" cy="${n(y - 212 * s)}" r="${n(3.5 * s)}" fill="#ffefc4"/>`,
  ].join('');
}

export function harbourAtDusk(): string {
  const rng = seeded(1101);
  const v = vignette(0.5);
  const horizon = 585;
  const defs = [
    linear('sky', [
      [0, '#141a3a'],
      [0.35, '#3c2f5e'],
      [0.68, '#b25d5f'],
      [0.86, '#ec9a58'],
      [1, '#f8cf86'],
    ]),
    linear('sea', [
      [0, '#c87c5c'],
      [0.12, '#7a4d5d'],
      [0.45, '#2c2a48'],
      [1, '#0f1224'],
    ]),
    radial('sun', [
      [0, '#fff3c9', 1],
      [0.12, '#ffd88f', 0.85],
      [0.45, '#f59a5a', 0.3],
      [1, '#f59a5a', 0],
    ]),
    radial('lamp', [
      [0, '#ffe4a8', 0.9],
      [1, '#ffb860', 0],
    ]),
    soft('redglow', '#ff4b3a', 0.45),
    soft('streak', '#ffd88f', 0.5),
    band('haze', '#f3a46c', 0.08),
    blur('b2', 2),
    blur('b4', 4),
    v.defs,
  ].join('');

  let body = `<rect width="${W}" height="${horizon + 5}" fill="url(#sky)"/>`;
  body += stars(rng, 90, 10, 260, '#fff6e0');
  body += `<circle cx="1090" cy="${horizon - 12}" r="330" fill="url(#sun)"/>`;
  body += `<circle cx="1090" cy="${horizon - 12}" r="34" fill="#fff0c8" filter="url(#b2)"/>`;

  // Long, low dusk clouds: dark bellies with warm edges.
  let clouds = '';
  for (let i = 0; i < 9; i++) {
    const cx = between(rng, -100, W + 100);
    const cy = between(rng, 300, 520);
    const rx = between(rng, 140, 360);
    const ry = between(rng, 5, 13);
    const t = (cy - 300) / 220;
    clouds += `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" fill="${mix('#5a3f6e', '#e88a5c', t)}" opacity="0.55"/>`;
    clouds += `<ellipse cx="${n(cx + 20)}" cy="${n(cy + ry * 0.7)}" rx="${n(rx * 0.8)}" ry="${n(ry * 0.35)}" fill="#ffc48a" opacity="${n(0.25 + t * 0.4)}"/>`;
  }
  body += `<g filter="url(#b4)">${clouds}</g>`;

  // Far headland with a few town lights.
  const far = hills(rng, horizon - 22, 16, { wavelength: 900 });
  body += `<path d="${line(far, { bottom: horizon + 4 })}" fill="#4b3558"/>`;
  const farNear = hills(rng, horizon - 8, 8, { x0: 1180, x1: W + 20, wavelength: 500 });
  body += `<path d="${line(farNear, { bottom: horizon + 4 })}" fill="#3a2a48"/>`;
  for (let i = 0; i < 40; i++) {
    const x = between(rng, 1200, W);
    body += `<circle cx="${n(x)}" cy="${n(yAt(farNear, x) + between(rng, 3, 9))}" r="${n(between(rng, 0.8, 1.6))}" fill="#ffd58a" opacity="0.8"/>`;
  }

  body += `<rect y="${horizon}" width="${W}" height="${H - horizon}" fill="url(#sea)"/>`;

  // Sun path on the water.
  let glitter = '';
  for (let i = 0; i < 110; i++) {
    const d = Math.pow(rng(), 1.4);
    const y = horizon + 4 + d * 300;
    const spread = 30 + d * 200;
    const w = between(rng, 10, 40 + d * 160);
    glitter += `<rect x="${n(1090 + between(rng, -spread, spread) - w / 2)}" y="${n(y)}" width="${n(w)}" height="${n(1.5 + d * 3)}" fill="#ffd894" opacity="${op((1 - d) * 0.8)}"/>`;
  }
  body += `<g filter="url(#b2)">${glitter}</g>`;

  // Ripples.
  let ripples = '';
  for (let i = 0; i < 420; i++) {
    const d = rng();
    const y = horizon + 6 + d * d * (H - horizon);
    const w = 6 + d * d * 90 * between(rng, 0.5, 1.5);
    const light = rng() < 0.45;
    ripples += `<rect x="${n(between(rng, -50, W))}" y="${n(y)}" width="${n(w)}" height="${n(0.8 + d * 2.5)}" fill="${light ? '#f2a57a' : '#0b0d1c'}" opacity="${n(light ? 0.22 : 0.35)}"/>`;
  }
  body += ripples;

  // Container port on the left: quay, berthed ship, stacks, gantry cranes.
  const ink = '#1b1526';
  let port = '';
  port += `<path d="M-10 ${horizon - 6} L760 ${horizon - 6} L780 ${horizon + 22} L-10 ${horizon + 26} Z" fill="${ink}"/>`;
  const boxColours = ['#6b3838', '#394a6b', '#7a6534', '#3e5e4b', '#5d4a6e', '#844a2e'];
  for (let row = 0; row < 3; row++) {
    for (let x = 10; x < 200; x += 34) {
      if (rng() < 0.25) continue;
      port += `<rect x="${x}" y="${horizon - 6 - (row + 1) * 14}" width="32" height="13" fill="${mix(pick(rng, boxColours), ink, 0.45)}"/>`;
    }
  }
  // Ship hull alongside the quay, with deck cargo.
  port += `<path d="M240 ${horizon - 40} L745 ${horizon - 44} L725 ${horizon + 8} L262 ${horizon + 10} Z" fill="#2b1623"/>`;
  port += `<rect x="640" y="${horizon - 96}" width="62" height="54" fill="#d9d2c8" opacity="0.85"/>`;
  port += `<rect x="648" y="${horizon - 86}" width="46" height="6" fill="#ffd58a"/>`;
  port += `<rect x="660" y="${horizon - 124}" width="18" height="30" fill="#2b1623"/>`;
  for (let col = 0; col < 14; col++) {
    const h = 1 + Math.floor(rng() * 4);
    for (let r = 0; r < h; r++) {
      const c = pick(rng, boxColours);
      port += `<rect x="${262 + col * 26}" y="${horizon - 44 - (r + 1) * 12}" width="25" height="11.5" fill="${mix(c, '#1b1526', 0.25)}"/>`;
      port += `<rect x="${262 + col * 26}" y="${horizon - 44 - (r + 1) * 12}" width="25" height="2" fill="#f6a66a" opacity="0.45"/>`;
    }
  }
  port += gantryCrane(150, horizon - 6, 1.0, ink);
  port += gantryCrane(390, horizon - 6, 0.92, ink);
  port += gantryCrane(-60, horizon - 6, 1.1, ink);
  const craneLights = [
    [185, horizon - 336],
    [422, horizon - 310],
    [-22, horizon - 363],
  ] as const;
  let lamps = '';
  for (const [x, y] of craneLights) {
    lamps += `<circle cx="${x}" cy="${y}" r="3.5" fill="#ff4b3a"/><circle cx="${x}" cy="${y}" r="16" fill="url(#redglow)"/>`;
  }
  for (const x of [60, 300, 540, 720]) {
    lamps += `<rect x="${x}" y="${horizon - 120}" width="3" height="114" fill="${ink}"/><circle cx="${x + 1.5}" cy="${horizon - 122}" r="26" fill="url(#lamp)"/>`;
  }
  body += `<g transform="translate(0 ${2 * horizon + 18}) scale(1 -1)" opacity="0.28" filter="url(#b4)">${port}</g>`;
  body += port + lamps;

  // Breakwater and light on the right.
  body += `<path d="M1430 ${horizon + 40} L1610 ${horizon + 30} L1610 ${horizon + 50} L1430 ${horizon + 48} Z" fill="#161222"/>`;
  body += `<path d="M1462 ${horizon + 42} L1468 ${horizon - 30} L1484 ${horizon - 30} L1490 ${horizon + 42} Z" fill="#d9cfc4"/>`;
  body += `<rect x="1465" y="${horizon - 4}" width="24" height="12" fill="#a8393a"/>`;
  body += `<rect x="1464" y="${horizon - 44}" width="26" height="14" fill="#161222"/>`;
  body += `<circle cx="1477" cy="${horizon - 37}" r="40" fill="url(#lamp)"/>`;
  body += `<ellipse cx="1477" cy="${horizon + 90}" rx="10" ry="50" fill="url(#streak)"/>`;

  // Moored boats.
  const mid = fishingBoat(860, horizon + 74, 0.42, '#1a1424', '#2a2234', true);
  const near = fishingBoat(1080, 800, 1.2, '#120e1a', '#241d2e', true);
  body += `<g opacity="0.32" filter="url(#b4)"><g transform="translate(0 ${2 * (horizon + 76)}) scale(1 -1)">${mid}</g><g transform="translate(0 ${2 * 806}) scale(1 -1)">${near}</g></g>`;
  body += mid + near;
  body += `<circle cx="1190" cy="705" r="60" fill="url(#lamp)" opacity="0.6"/>`;

  for (let i = 0; i < 5; i++) {
    body += gull(
      between(rng, 700, 1400),
      between(rng, 220, 380),
      between(rng, 0.8, 1.4),
      '#1e1830',
    );
  }
  body += `<rect y="${horizon - 120}" width="${W}" height="150" fill="url(#haze)"/>`;
  body += v.layer;
  return svgDocument(defs, body);
}

// 2. Council chamber -----------------------------------------------------------------------------

function archWindow(
  x: number,
  y: number,
  w: number,
  h: number,
  fill: string,
  frame: string,
): string {
  const r = w / 2;
  const d = `M${n(x)} ${n(y + h)} L${n(x)} ${n(y + r)} A${n(r)} ${n(r)} 0 0 1 ${n(x + w)} ${n(y + r)} L${n(x + w)} ${n(y + h)} Z`;
  let bars = '';
  for (let i = 1; i < 3; i++)
    bars += `M${n(x + (w * i) / 3)} ${n(y + (i === 1 ? r * 0.3 : r * 0.3))} L${n(x + (w * i) / 3)} ${n(y + h)} `;
  for (let j = 1; j < 5; j++)
    bars += `M${n(x)} ${n(y + r + ((h - r) * j) / 5)} L${n(x + w)} ${n(y + r + ((h - r) * j) / 5)} `;
  return `<path d="${d}" fill="${fill}" stroke="${frame}" stroke-width="8"/><path d="${bars}" stroke="${frame}" stroke-width="3" fill="none"/>`;
}

export function councilChamber(): string {
  const rng = seeded(2202);
  const v = vignette(0.6);
  const bx0 = 430;
  const bx1 = 1170;
  const by0 = 150;
  const by1 = 520;
  const defs = [
    linear('plaster', [
      [0, '#d9ccb0'],
      [1, '#efe4cc'],
    ]),
    linear('ceiling', [
      [0, '#3e3128'],
      [1, '#8d7a62'],
    ]),
    linear(
      'wallL',
      [
        [0, '#2a1b12'],
        [1, '#6d4a2f'],
      ],
      [0, 0, 1, 0],
    ),
    linear(
      'wallR',
      [
        [0, '#6d4a2f'],
        [1, '#24170f'],
      ],
      [0, 0, 1, 0],
    ),
    linear('floor', [
      [0, '#45584f'],
      [1, '#18231f'],
    ]),
    linear('glass', [
      [0, '#f4f7f2'],
      [1, '#bccbd2'],
    ]),
    linear(
      'beam',
      [
        [0, '#fff6dc', 0.45],
        [1, '#fff6dc', 0],
      ],
      [0, 0, 1, 1],
    ),
    linear('deskTop', [
      [0, '#a06a3c'],
      [1, '#7a4b27'],
    ]),
    linear('deskFront', [
      [0, '#4b2c17'],
      [1, '#2e1a0d'],
    ]),
    radial('globe', [
      [0, '#fff4d6', 1],
      [0.25, '#ffe2a0', 0.8],
      [1, '#ffcf7a', 0],
    ]),
    soft('windowglow', '#fff7e0', 0.5),
    blur('b18', 18),
    v.defs,
  ].join('');

  let body = '';
  // Room shell.
  body += `<polygon points="${poly([
    [0, 0],
    [W, 0],
    [bx1, by0],
    [bx0, by0],
  ])}" fill="url(#ceiling)"/>`;
  for (let i = 1; i < 7; i++) {
    const t = i / 7;
    body += `<path d="M${n(t * W)} 0 L${n(bx0 + t * (bx1 - bx0))} ${by0}" stroke="#2b211a" stroke-width="6" opacity="0.6"/>`;
  }
  body += `<rect x="${bx0}" y="${by0}" width="${bx1 - bx0}" height="${by1 - by0}" fill="url(#plaster)"/>`;
  body += `<polygon points="${poly([
    [0, 0],
    [bx0, by0],
    [bx0, by1],
    [0, H],
  ])}" fill="url(#wallL)"/>`;
  body += `<polygon points="${poly([
    [W, 0],
    [bx1, by0],
    [bx1, by1],
    [W, H],
  ])}" fill="url(#wallR)"/>`;
  body += `<polygon points="${poly([
    [bx0, by1],
    [bx1, by1],
    [W, H],
    [0, H],
  ])}" fill="url(#floor)"/>`;

  // Back wall: cornice, arched windows, pilasters, panelling.
  body += `<rect x="${bx0}" y="${by0}" width="${bx1 - bx0}" height="16" fill="#bfae8e"/>`;
  body += `<rect x="${bx0}" y="${by0 + 16}" width="${bx1 - bx0}" height="4" fill="#8f7d60"/>`;
  for (const cx of [560, 800, 1040]) {
    body += `<ellipse cx="${cx}" cy="300" rx="130" ry="170" fill="url(#windowglow)"/>`;
    body += archWindow(cx - 58, 196, 116, 200, 'url(#glass)', '#7e6b50');
  }
  for (const x of [450, 680, 920, 1150]) {
    body += `<rect x="${x - 10}" y="${by0 + 20}" width="20" height="${by1 - by0 - 20}" fill="#cbbb9a"/><rect x="${x + 6}" y="${by0 + 20}" width="4" height="${by1 - by0 - 20}" fill="#a8977a"/>`;
  }
  body += `<rect x="${bx0}" y="410" width="${bx1 - bx0}" height="${by1 - 410}" fill="#5a391f"/>`;
  for (let x = bx0 + 10; x < bx1 - 30; x += 62) {
    body += `<rect x="${x}" y="422" width="50" height="86" fill="none" stroke="#7b5533" stroke-width="3"/>`;
  }

  // Side walls: tall windows in perspective, panelling below.
  const side = (t: number, yFrac: number, left: boolean): Pt => {
    // t: 0 at the viewer's edge, 1 at the back wall; yFrac: 0 at ceiling line, 1 at floor line.
    const x = left ? t * bx0 : W - t * (W - bx1);
    const top = t * by0;
    const bottom = H - t * (H - by1);
    return [x, top + (bottom - top) * yFrac];
  };
  let beams = '';
  for (const left of [true, false]) {
    for (const [t0, t1] of [
      [0.28, 0.42],
      [0.58, 0.68],
      [0.8, 0.87],
    ] as const) {
      const quad = [
        side(t0, 0.14, left),
        side(t1, 0.14, left),
        side(t1, 0.55, left),
        side(t0, 0.55, left),
      ];
      body += `<polygon points="${poly(quad)}" fill="url(#glass)" stroke="#3a2616" stroke-width="6"/>`;
      const midA = side((t0 + t1) / 2, 0.14, left);
      const midB = side((t0 + t1) / 2, 0.55, left);
      body += `<path d="M${n(midA[0])} ${n(midA[1])} L${n(midB[0])} ${n(midB[1])}" stroke="#3a2616" stroke-width="4"/>`;
      if (left) {
        // Low winter sun through the left windows, falling across the floor.
        const a = side(t0, 0.55, true);
        const b = side(t1, 0.55, true);
        const c: Pt = [b[0] + 520 * (1 - t1 * 0.7), b[1] + 260 * (1 - t1 * 0.6)];
        const d: Pt = [a[0] + 520 * (1 - t0 * 0.7), a[1] + 260 * (1 - t0 * 0.6)];
        beams += `<polygon points="${poly([a, b, c, d])}" fill="url(#beam)" opacity="0.55"/>`;
      }
    }
    for (let i = 0; i <= 10; i++) {
      const t = i / 10;
      const a = side(t, 0.62, left);
      const b = side(t, 1, left);
      body += `<path d="M${n(a[0])} ${n(a[1])} L${n(b[0])} ${n(b[1])}" stroke="#24160d" stroke-width="${n(5 - t * 3)}" opacity="0.7"/>`;
    }
    const r0 = side(0, 0.62, left);
    const r1 = side(1, 0.62, left);
    body += `<path d="M${n(r0[0])} ${n(r0[1])} L${n(r1[0])} ${n(r1[1])}" stroke="#9c7148" stroke-width="6"/>`;
  }

  body += `<g filter="url(#b18)">${beams}</g>`;

  // Dais, the chair's desk and three high-backed chairs.
  body += `<rect x="470" y="470" width="660" height="56" fill="#4a2e19"/><rect x="470" y="470" width="660" height="6" fill="#8a5c34"/>`;
  body += `<path d="M770 350 Q800 330 830 350 L832 440 L768 440 Z" fill="#24473a"/><path d="M770 350 Q800 330 830 350" stroke="#c9a55a" stroke-width="3" fill="none"/>`;
  for (const cx of [700, 900]) {
    body += `<path d="M${cx - 26} 378 Q${cx} 364 ${cx + 26} 378 L${cx + 27} 440 L${cx - 27} 440 Z" fill="#24473a"/>`;
  }
  body += `<rect x="540" y="430" width="520" height="46" fill="url(#deskFront)"/><rect x="534" y="424" width="532" height="9" fill="#a46f40"/>`;
  for (let x = 556; x < 1040; x += 72)
    body += `<rect x="${x}" y="442" width="58" height="26" fill="none" stroke="#6d4527" stroke-width="2"/>`;

  // Floor carpet and the horseshoe of members' desks.
  body += `<ellipse cx="800" cy="610" rx="330" ry="70" fill="#5f7a6c" opacity="0.35"/>`;
  const cy = 560;
  const k = 0.34;
  const arc = (R: number, dy = 0, from = 0, to = Math.PI, steps = 48): Pt[] => {
    const pts: Pt[] = [];
    for (let i = 0; i <= steps; i++) {
      const th = from + ((to - from) * i) / steps;
      pts.push([800 + R * Math.cos(th), cy + R * k * Math.sin(th) + dy]);
    }
    return pts;
  };
  for (const R of [330, 470, 620]) {
    const s = R / 620;
    const outer = arc(R);
    const inner = arc(R - 44 * s);
    body += `<path d="${line([...outer, ...inner.slice().reverse()])} Z" fill="url(#deskTop)"/>`;
    const front = arc(R, 34 * s);
    body += `<path d="${line([...outer, ...front.slice().reverse()])} Z" fill="url(#deskFront)"/>`;
    body += `<path d="${line(outer)}" stroke="#c68a52" stroke-width="${n(2.5 * s)}" fill="none"/>`;
    // Papers and microphones on the desk top.
    for (let th = 0.22; th < Math.PI - 0.1; th += 0.26 + rng() * 0.04) {
      const [px, py] = arc(R - 22 * s, 0, th, th, 1)[0]!;
      if (rng() < 0.7)
        body += `<rect x="${n(px - 9 * s)}" y="${n(py - 4 * s)}" width="${n(18 * s)}" height="${n(8 * s)}" fill="#efe9dc" transform="rotate(${n(between(rng, -12, 12))} ${n(px)} ${n(py)})"/>`;
      body += `<path d="M${n(px + 12 * s)} ${n(py)} L${n(px + 4 * s)} ${n(py - 26 * s)}" stroke="#1c1c1c" stroke-width="${n(1.8 * s)}"/><circle cx="${n(px + 4 * s)}" cy="${n(py - 27 * s)}" r="${n(2.6 * s)}" fill="#c0392b"/>`;
    }
    // Chair backs on the viewer's side of the desk.
    for (let th = 0.18; th < Math.PI - 0.1; th += 0.26) {
      const [px, py] = arc(R + 30 * s, 0, th, th, 1)[0]!;
      const cw = 40 * s;
      const ch = 62 * s;
      const top = py - ch * 0.35;
      body += `<path d="M${n(px - cw / 2)} ${n(top + 8 * s)} Q${n(px)} ${n(top - 4 * s)} ${n(px + cw / 2)} ${n(top + 8 * s)} L${n(px + cw / 2)} ${n(top + ch)} L${n(px - cw / 2)} ${n(top + ch)} Z" fill="#2f5a48"/>`;
      body += `<path d="M${n(px - cw / 2 + 3 * s)} ${n(top + 8 * s)} Q${n(px)} ${n(top - 1 * s)} ${n(px + cw / 2 - 3 * s)} ${n(top + 8 * s)}" stroke="#5c8c74" stroke-width="${n(2 * s)}" fill="none"/>`;
      body += `<rect x="${n(px - 3 * s)}" y="${n(top + ch)}" width="${n(6 * s)}" height="${n(14 * s)}" fill="#1a1410"/>`;
    }
  }

  // Pendant lights.
  for (const [x, y, r] of [
    [560, 270, 16],
    [800, 250, 16],
    [1040, 270, 16],
    [330, 300, 26],
    [1270, 300, 26],
    [140, 330, 36],
    [1460, 330, 36],
  ] as const) {
    const ceil = x < 800 ? (x / bx0) * by0 : x > 800 ? ((W - x) / (W - bx1)) * by0 : by0;
    body += `<path d="M${x} ${n(Math.min(ceil, by0))} L${x} ${y}" stroke="#1c140e" stroke-width="${n(r / 8)}"/>`;
    body += `<circle cx="${x}" cy="${y}" r="${r * 4}" fill="url(#globe)" opacity="0.55"/><circle cx="${x}" cy="${y}" r="${r}" fill="#fff2cf"/>`;
  }
  body += `<rect width="${W}" height="${H}" fill="#ffcf8a" opacity="0.05"/>`;
  body += v.layer;
  return svgDocument(defs, body);
}

// 3. Wind farm on the hills ----------------------------------------------------------------------

/** A three-bladed turbine standing at (x, ground), `haze` blends it towards the sky colour. */
function turbine(
  x: number,
  ground: number,
  height: number,
  rot: number,
  haze: number,
  sky: string,
): string {
  const body = mix('#f4f6f6', sky, haze);
  const shade = mix('#b9c3c8', sky, haze);
  const hubY = ground - height;
  const L = height * 0.62;
  const tw = height * 0.028;
  let out = `<polygon points="${poly([
    [x - tw, ground],
    [x + tw, ground],
    [x + tw * 0.45, hubY],
    [x - tw * 0.45, hubY],
  ])}" fill="${body}"/>`;
  out += `<polygon points="${poly([
    [x + tw * 0.2, ground],
    [x + tw, ground],
    [x + tw * 0.45, hubY],
    [x + tw * 0.1, hubY],
  ])}" fill="${shade}"/>`;
  out += `<rect x="${n(x - height * 0.05)}" y="${n(hubY - height * 0.025)}" width="${n(height * 0.11)}" height="${n(height * 0.045)}" rx="${n(height * 0.015)}" fill="${body}"/>`;
  const blade = `M0 0 L${n(-L * 0.045)} ${n(-L * 0.14)} Q${n(-L * 0.04)} ${n(-L * 0.7)} 0 ${n(-L)} L${n(L * 0.018)} ${n(-L * 0.55)} L${n(L * 0.04)} ${n(-L * 0.1)} Z`;
  for (let k = 0; k < 3; k++) {
    out += `<path d="${blade}" fill="${k === 1 ? shade : body}" transform="translate(${n(x - height * 0.045)} ${n(hubY)}) rotate(${n(rot + k * 120)})"/>`;
  }
  out += `<circle cx="${n(x - height * 0.045)}" cy="${n(hubY)}" r="${n(height * 0.022)}" fill="${shade}"/>`;
  return out;
}

function cumulus(
  rng: Rng,
  cx: number,
  cy: number,
  size: number,
  lit: string,
  shadow: string,
): string {
  let back = '';
  let front = '';
  const count = 9 + Math.floor(rng() * 6);
  for (let i = 0; i < count; i++) {
    const u = (i / (count - 1)) * 2 - 1;
    const r = size * between(rng, 0.22, 0.36) * (1 - Math.abs(u) * 0.45);
    const x = cx + u * size * 0.9;
    const y = cy - r * between(rng, 0.3, 1.0) - (1 - Math.abs(u)) * size * 0.15;
    back += `<circle cx="${n(x)}" cy="${n(y + r * 0.25)}" r="${n(r)}" fill="${shadow}"/>`;
    front += `<circle cx="${n(x - r * 0.1)}" cy="${n(y - r * 0.08)}" r="${n(r * 0.9)}" fill="${lit}"/>`;
  }
  back += `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(size)}" ry="${n(size * 0.1)}" fill="${shadow}"/>`;
  return back + front;
}

export function windFarmOnHills(): string {
  const rng = seeded(3303);
  const v = vignette(0.35);
  const sky = '#c9dbe4';
  const defs = [
    linear('sky', [
      [0, '#6f9cc4'],
      [0.5, '#a9c7dc'],
      [0.85, '#e2e6dc'],
      [1, '#f2e4c4'],
    ]),
    radial('sun', [
      [0, '#fff8e4', 0.9],
      [1, '#fff8e4', 0],
    ]),
    linear('near', [
      [0, '#6f9a4a'],
      [1, '#3e6630'],
    ]),
    linear('nearest', [
      [0, '#5d8a3c'],
      [1, '#2f5026'],
    ]),
    soft('cloudshadow', '#2e4a3a', 0.2),
    soft('patchA', '#9bb25a', 0.4),
    soft('patchB', '#7fa34a', 0.4),
    soft('patchC', '#b3b866', 0.4),
    blur('b3', 3),
    v.defs,
  ].join('');

  let body = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  body += `<circle cx="1280" cy="140" r="420" fill="url(#sun)"/>`;
  let clouds = cumulus(rng, 300, 220, 260, '#ffffff', '#b8c8d6');
  clouds += cumulus(rng, 820, 150, 180, '#fbfcfd', '#bccadb');
  clouds += cumulus(rng, 1320, 300, 220, '#ffffff', '#c1cedb');
  clouds += cumulus(rng, 1080, 400, 110, '#f8f8f4', '#c9d2da');
  clouds += cumulus(rng, 560, 420, 90, '#f8f8f4', '#c9d2da');
  body += `<g filter="url(#b3)">${clouds}</g>`;

  const layers = [
    { base: 520, amp: 34, colour: '#9db2b6', wl: 1100, turbines: 8, h: 100 },
    { base: 580, amp: 40, colour: '#86a38e', wl: 900, turbines: 4, h: 170 },
    { base: 660, amp: 48, colour: '#6e9462', wl: 800, turbines: 2, h: 300 },
  ];
  layers.forEach((layer, li) => {
    const ridge = hills(rng, layer.base, layer.amp, { wavelength: layer.wl });
    const haze = [0.55, 0.3, 0.08][li]!;
    let turbines = '';
    for (let i = 0; i < layer.turbines; i++) {
      const x = ((i + 0.5) / layer.turbines) * W + between(rng, -60, 60);
      const h = layer.h * between(rng, 0.92, 1.05);
      turbines += turbine(x, yAt(ridge, x) + 4, h, between(rng, 0, 120), haze, sky);
    }
    body += turbines;
    body += `<path d="${line(ridge, { bottom: H })}" fill="${layer.colour}"/>`;
    // Cloud shadows drifting across the slopes.
    for (let i = 0; i < 3; i++) {
      body += `<ellipse cx="${n(between(rng, 0, W))}" cy="${n(layer.base + 60)}" rx="${n(between(rng, 120, 260))}" ry="${n(between(rng, 20, 40))}" fill="url(#cloudshadow)"/>`;
    }
    if (li === 1) {
      // A farmstead tucked into the middle slope.
      const fx = 1180;
      const fy = yAt(ridge, fx) + 40;
      body += `<rect x="${fx}" y="${fy - 26}" width="60" height="26" fill="#eeeae0"/><polygon points="${poly(
        [
          [fx - 4, fy - 26],
          [fx + 30, fy - 44],
          [fx + 64, fy - 26],
        ],
      )}" fill="#5a4a44"/>`;
      body += `<rect x="${fx + 70}" y="${fy - 20}" width="52" height="20" fill="#8c6b52"/><polygon points="${poly(
        [
          [fx + 66, fy - 20],
          [fx + 96, fy - 34],
          [fx + 126, fy - 20],
        ],
      )}" fill="#6a5246"/>`;
      for (const wx of [fx + 10, fx + 40])
        body += `<rect x="${wx}" y="${fy - 18}" width="8" height="8" fill="#4a5a66"/>`;
      for (let i = 0; i < 5; i++)
        body += `<circle cx="${n(fx - 20 - i * 18)}" cy="${n(fy - 10 - rng() * 6)}" r="${n(between(rng, 10, 16))}" fill="#476b3c"/>`;
    }
  });

  // Near hill with hedgerows, trees, fields and sheep.
  const near = hills(rng, 760, 40, { wavelength: 1400 });
  body += `<path d="${line(near, { bottom: H })}" fill="url(#near)"/>`;
  for (let i = 0; i < 6; i++) {
    body += `<ellipse cx="${n(between(rng, 0, W))}" cy="${n(between(rng, 800, 880))}" rx="${n(between(rng, 120, 280))}" ry="${n(between(rng, 20, 40))}" fill="url(#${pick(rng, ['patchA', 'patchB', 'patchC'])})"/>`;
  }
  for (let h = 0; h < 4; h++) {
    const x0 = between(rng, 0, 1300);
    const len = between(rng, 300, 600);
    const drop = between(rng, 10, 90);
    let hedge = '';
    for (let t = 0; t <= 1; t += 0.012) {
      const x = x0 + t * len;
      const y = yAt(near, x) + 14 + drop * t + h * 22;
      const r = between(rng, 5, 8) * (0.8 + (y - 740) / 250);
      hedge += `<circle cx="${n(x)}" cy="${n(y - r * 0.6)}" r="${n(r)}" fill="${pick(rng, ['#2c4a22', '#335626', '#284420'])}"/>`;
      if (rng() < 0.05) {
        const tr = r * between(rng, 2, 3);
        hedge += `<rect x="${n(x - 2)}" y="${n(y - tr * 1.6)}" width="4" height="${n(tr * 1.4)}" fill="#3b2e22"/><circle cx="${n(x)}" cy="${n(y - tr * 1.7)}" r="${n(tr)}" fill="#2f5126"/><circle cx="${n(x - tr * 0.3)}" cy="${n(y - tr * 2)}" r="${n(tr * 0.55)}" fill="#4c7436"/>`;
      }
    }
    body += hedge;
  }
  for (let i = 0; i < 14; i++) {
    const x = between(rng, 200, 1400);
    const y = yAt(near, x) + between(rng, 20, 110);
    const s = 0.7 + (y - 760) / 200;
    body += `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(8 * s)}" ry="${n(5 * s)}" fill="#f1efe6"/><circle cx="${n(x + 8 * s)}" cy="${n(y - 1)}" r="${n(2.6 * s)}" fill="#2d2a26"/>`;
  }
  const nearest = hills(rng, 880, 24, { wavelength: 900 });
  body += `<path d="${line(nearest, { bottom: H })}" fill="url(#nearest)"/>`;
  // Grass tufts on the foreground lip.
  let grass = '';
  for (let i = 0; i < 260; i++) {
    const x = between(rng, 0, W);
    const y = yAt(nearest, x) + between(rng, 2, 20);
    const h = between(rng, 8, 22);
    grass += `<path d="M${n(x)} ${n(y)} L${n(x + between(rng, -5, 5))} ${n(y - h)}" stroke="${pick(rng, ['#3d6a2c', '#6d9444', '#2c4c22'])}" stroke-width="2"/>`;
  }
  body += grass;
  body += `<rect width="${W}" height="${H}" fill="#fff1d6" opacity="0.06"/>`;
  body += v.layer;
  return svgDocument(defs, body);
}

// 4. Covered market ------------------------------------------------------------------------------

/** A standing figure, feet at (x, y), `h` tall, seen from behind or the front. */
function figure(rng: Rng, x: number, y: number, h: number, coat: string, dark: string): string {
  const head = h * 0.075;
  const sh = h * 0.13;
  const top = y - h;
  const stride = between(rng, -0.04, 0.04) * h;
  return [
    `<path d="M${n(x - h * 0.05)} ${n(y - h * 0.45)} L${n(x - h * 0.06 + stride)} ${n(y)} M${n(x + h * 0.05)} ${n(y - h * 0.45)} L${n(x + h * 0.06 - stride)} ${n(y)}" stroke="${dark}" stroke-width="${n(h * 0.07)}" stroke-linecap="round"/>`,
    `<path d="M${n(x - sh)} ${n(top + head * 2.6)} Q${n(x)} ${n(top + head * 1.9)} ${n(x + sh)} ${n(top + head * 2.6)} L${n(x + sh * 1.05)} ${n(y - h * 0.36)} L${n(x - sh * 1.05)} ${n(y - h * 0.36)} Z" fill="${coat}"/>`,
    `<circle cx="${n(x)}" cy="${n(top + head)}" r="${n(head)}" fill="${dark}"/>`,
  ].join('');
}

export function coveredMarket(): string {
  const rng = seeded(4404);
  const v = vignette(0.55);
  const cx = 800;
  const cy = 430;
  const f = 720;
  const P = (X: number, Y: number, z: number): Pt => [cx + (X * f) / z, cy + (Y * f) / z];
  const eave = -0.55;
  const apex = -1.15;
  const floor = 0.62;
  const arch = (z: number, steps = 24): Pt[] => {
    const pts: Pt[] = [];
    for (let i = 0; i <= steps; i++) {
      const a = Math.PI - (Math.PI * i) / steps;
      pts.push(P(Math.cos(a), eave + (apex - eave) * Math.sin(a), z));
    }
    return pts;
  };
  const defs = [
    linear('roof', [
      [0, '#9fb7b4'],
      [0.45, '#dfe8e2'],
      [1, '#f6f0dd'],
    ]),
    linear('floor', [
      [0, '#b8a88e'],
      [1, '#5e5140'],
    ]),
    linear('wall', [
      [0, '#c9b994'],
      [1, '#8c7a5c'],
    ]),
    radial('lantern', [
      [0, '#fff1c8', 1],
      [0.3, '#ffd47e', 0.55],
      [1, '#ffb94f', 0],
    ]),
    radial('endglow', [
      [0, '#fffaf0', 1],
      [1, '#fffaf0', 0],
    ]),
    radial('stallglow', [
      [0, '#ffcf85', 0.6],
      [1, '#ffcf85', 0],
    ]),
    blur('b2', 2),
    blur('b12', 12),
    v.defs,
  ].join('');

  const zs = [0.9, 1.25, 1.7, 2.3, 3.1, 4.2, 5.6, 7.5, 10, 13.5];
  const zFar = zs[zs.length - 1]!;
  let body = `<rect width="${W}" height="${H}" fill="url(#roof)"/>`;
  for (const side of [-1, 1]) {
    const wall = [
      P(side, eave, 0.5),
      P(side, eave, zFar),
      P(side, floor, zFar),
      P(side, floor, 0.5),
    ];
    body += `<polygon points="${poly(wall)}" fill="url(#wall)"/>`;
  }
  let bars = '';
  for (let i = 1; i < 14; i++) {
    const a = Math.PI - (Math.PI * i) / 14;
    const X = Math.cos(a);
    const Y = eave + (apex - eave) * Math.sin(a);
    const [x0, y0] = P(X, Y, 0.5);
    const [x1, y1] = P(X, Y, zFar);
    bars += `M${n(x0)} ${n(y0)} L${n(x1)} ${n(y1)} `;
  }
  body += `<path d="${bars}" stroke="#5d7a72" stroke-width="3" fill="none" opacity="0.7"/>`;
  // Far end: glazed gable wall with a bright arched window.
  const endL = P(-1, eave, zFar);
  const endR = P(1, floor, zFar);
  body += `<rect x="${n(endL[0])}" y="${n(endL[1])}" width="${n(endR[0] - endL[0])}" height="${n(endR[1] - endL[1])}" fill="#e9e4d2"/>`;
  body += `<path d="${line(arch(zFar))} Z" fill="#f3efe2"/>`;
  body += `<ellipse cx="${cx}" cy="${n(cy - 20)}" rx="160" ry="120" fill="url(#endglow)"/>`;

  // Floor: flagstones in perspective.
  const fl = P(-1, floor, zFar);
  const fr = P(1, floor, zFar);
  body += `<polygon points="${poly([fl, fr, [W + 400, H + 200], [-400, H + 200]])}" fill="url(#floor)"/>`;
  let joints = '';
  for (let X = -1; X <= 1.001; X += 0.2) {
    const a = P(X, floor, zFar);
    const b = P(X, floor, 0.5);
    joints += `M${n(a[0])} ${n(a[1])} L${n(b[0])} ${n(b[1])} `;
  }
  for (let z = 0.6; z < zFar; z *= 1.18) {
    const a = P(-1, floor, z);
    const b = P(1, floor, z);
    joints += `M${n(a[0])} ${n(a[1])} L${n(b[0])} ${n(b[1])} `;
  }
  body += `<path d="${joints}" stroke="#4b4032" stroke-width="1.5" opacity="0.6"/>`;
  body += `<ellipse cx="${cx}" cy="${n(P(0, floor, 2)[1])}" rx="260" ry="60" fill="#fff3d6" opacity="0.16" filter="url(#b12)"/>`;

  const awnings = [
    ['#b53a2e', '#f1e6d2'],
    ['#2f6b57', '#efe7cf'],
    ['#2d4f7c', '#f3efe4'],
    ['#c98a2c', '#f4ecd8'],
    ['#7b3a5e', '#f0e4dc'],
  ] as const;
  const produce = ['#e8892b', '#d4442f', '#8cb33e', '#f2c744', '#6f3a7a', '#e9dcc0', '#4e8a3a'];
  // Bays from the far end towards us, so nearer things overlap farther ones.
  for (let i = zs.length - 2; i >= 0; i--) {
    const z0 = zs[i]!;
    const z1 = zs[i + 1]!;
    for (const side of [-1, 1]) {
      const q = (X: number, Y: number, z: number): Pt => P(side * X, Y, z);
      // Stall back wall glowing, shelves, counter, produce, awning.
      body += `<polygon points="${poly([q(1, -0.2, z0), q(1, -0.2, z1), q(1, floor, z1), q(1, floor, z0)])}" fill="#6b4a30"/>`;
      const glow = q(0.95, 0.05, (z0 + z1) / 2);
      body += `<circle cx="${n(glow[0])}" cy="${n(glow[1])}" r="${n(220 / z0)}" fill="url(#stallglow)"/>`;
      for (const Y of [0.0, 0.15]) {
        body += `<polygon points="${poly([q(1, Y, z0), q(1, Y, z1), q(0.92, Y + 0.02, z1), q(0.92, Y + 0.02, z0)])}" fill="#9a7048"/>`;
      }
      body += `<polygon points="${poly([q(0.62, 0.25, z0), q(0.62, 0.25, z1), q(1, 0.25, z1), q(1, 0.25, z0)])}" fill="#7d5a3a"/>`;
      let fruit = '';
      for (let k = 0; k < 60; k++) {
        const z = between(rng, z0, z1);
        const X = between(rng, 0.64, 0.95);
        const [px, py] = q(X, 0.24 - between(rng, 0, 0.03), z);
        const r = (0.02 * f) / z;
        const c = pick(rng, produce);
        fruit += `<circle cx="${n(px)}" cy="${n(py - r * 0.6)}" r="${n(r)}" fill="${c}"/><circle cx="${n(px - r * 0.3)}" cy="${n(py - r)}" r="${n(r * 0.3)}" fill="#ffffff" opacity="0.35"/>`;
      }
      body += fruit;
      body += `<polygon points="${poly([q(0.62, 0.25, z0), q(0.62, 0.25, z1), q(0.62, floor, z1), q(0.62, floor, z0)])}" fill="#4a3323"/>`;
      body += `<polygon points="${poly([q(0.62, 0.27, z0), q(0.62, 0.27, z1), q(0.62, 0.32, z1), q(0.62, 0.32, z0)])}" fill="#8d6a45"/>`;
      const [c1, c2] = awnings[(i + (side > 0 ? 2 : 0)) % awnings.length]!;
      const strips = 7;
      for (let s = 0; s < strips; s++) {
        const za = z0 + ((z1 - z0) * s) / strips;
        const zb = z0 + ((z1 - z0) * (s + 1)) / strips;
        body += `<polygon points="${poly([q(1, -0.22, za), q(1, -0.22, zb), q(0.5, -0.04, zb), q(0.5, -0.04, za)])}" fill="${s % 2 ? c2 : c1}"/>`;
        body += `<polygon points="${poly([q(0.5, -0.04, za), q(0.5, -0.04, zb), q(0.5, 0.02, zb), q(0.5, 0.02, za)])}" fill="${mix(s % 2 ? c2 : c1, '#000000', 0.18)}"/>`;
      }
      // Cast-iron column at the near end of the bay.
      const top = q(1, eave, z0);
      const base = q(1, floor, z0);
      const cw = 34 / z0;
      body += `<rect x="${n(top[0] - cw / 2)}" y="${n(top[1])}" width="${n(cw)}" height="${n(base[1] - top[1])}" fill="#2e4a45"/>`;
      body += `<rect x="${n(top[0] - cw / 2)}" y="${n(top[1])}" width="${n(cw * 0.3)}" height="${n(base[1] - top[1])}" fill="#4f7068"/>`;
    }
    // The rib arch and its lantern.
    const ribW = 26 / z0;
    body += `<path d="${line(arch(z0))}" stroke="#294642" stroke-width="${n(ribW)}" fill="none"/>`;
    body += `<path d="${line(arch(z0))}" stroke="#5a7f76" stroke-width="${n(ribW * 0.25)}" fill="none" transform="translate(0 ${n(-ribW * 0.3)})"/>`;
    const hang = P(0, apex, z0);
    const lamp = P(0, -0.35, z0);
    body += `<path d="M${n(hang[0])} ${n(hang[1])} L${n(lamp[0])} ${n(lamp[1])}" stroke="#1f2d2a" stroke-width="${n(4 / z0)}"/>`;
    body += `<circle cx="${n(lamp[0])}" cy="${n(lamp[1])}" r="${n(110 / z0)}" fill="url(#lantern)" opacity="0.8"/>`;
    body += `<circle cx="${n(lamp[0])}" cy="${n(lamp[1])}" r="${n(26 / z0)}" fill="#fff3d0"/>`;
  }

  // Shoppers in the aisle, far to near.
  const people: { X: number; z: number; coat: string }[] = [];
  for (let i = 0; i < 16; i++) {
    people.push({
      X: between(rng, -0.48, 0.48),
      z: 2.2 + rng() * 9,
      coat: pick(rng, [
        '#3c4a5e',
        '#6e3b34',
        '#4d5b3a',
        '#8a6b4a',
        '#2f2f38',
        '#7a6f8a',
        '#a4552f',
      ]),
    });
  }
  people.sort((a, b) => b.z - a.z);
  for (const person of people) {
    const [x, y] = P(person.X, floor, person.z);
    const h = (0.66 * f) / person.z;
    body += figure(
      rng,
      x,
      y,
      h,
      mix(person.coat, '#e9dcc2', Math.min(0.5, person.z / 25)),
      '#2a2420',
    );
  }
  body += `<rect width="${W}" height="${H}" fill="#ffd9a0" opacity="0.06"/>`;
  body += v.layer;
  return svgDocument(defs, body);
}

// 5. Rail viaduct in fog -------------------------------------------------------------------------

function conifer(x: number, y: number, h: number, fill: string): string {
  const w = h * 0.34;
  let d = '';
  const tiers = 5;
  for (let i = 0; i < tiers; i++) {
    const t0 = i / tiers;
    const top = y - h + h * t0 * 0.85;
    const bottom = top + h * 0.32;
    const half = w * (0.35 + t0 * 0.65);
    d += `M${n(x)} ${n(top)} L${n(x + half)} ${n(bottom)} L${n(x - half)} ${n(bottom)} Z `;
  }
  return `<path d="${d}" fill="${fill}"/><rect x="${n(x - h * 0.02)}" y="${n(y - h * 0.1)}" width="${n(h * 0.04)}" height="${n(h * 0.1)}" fill="${fill}"/>`;
}

export function viaductInFog(): string {
  const rng = seeded(5505);
  const v = vignette(0.4);
  const fog = '#d9dcd6';
  const defs = [
    linear('sky', [
      [0, '#aeb7b9'],
      [0.6, '#d6d8d0'],
      [1, '#e9e2d2'],
    ]),
    linear(
      'stone',
      [
        [0, '#4f4a45'],
        [0.55, '#7b766e'],
        [1, '#c9c8c0'],
      ],
      [0, 0, 1, 0],
    ),
    linear('fogband', [
      [0, fog, 0],
      [0.5, fog, 0.85],
      [1, fog, 0],
    ]),
    linear('river', [
      [0, '#c6cbc6'],
      [1, '#6c7a78'],
    ]),
    radial('sunhaze', [
      [0, '#fff4dc', 0.9],
      [1, '#fff4dc', 0],
    ]),
    soft('fogblob', fog, 0.75),
    blur('b3', 3),
    blur('b8', 8),
    v.defs,
  ].join('');

  let body = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  body += `<circle cx="420" cy="250" r="300" fill="url(#sunhaze)"/>`;
  body += `<circle cx="420" cy="250" r="42" fill="#fbf3e2" opacity="0.8" filter="url(#b8)"/>`;
  // Far valley sides, fading into the fog.
  const farL = hills(rng, 430, 50, { wavelength: 1600 });
  body += `<path d="${line(farL, { bottom: H })}" fill="#a7aea7" opacity="0.8"/>`;
  let farTrees = '';
  for (let i = 0; i < 90; i++) {
    const x = between(rng, 0, W);
    farTrees += conifer(x, yAt(farL, x) + 10, between(rng, 30, 55), '#98a29b');
  }
  body += `<g opacity="0.8">${farTrees}</g>`;
  body += `<rect y="380" width="${W}" height="240" fill="url(#fogband)"/>`;

  // The viaduct: a deck across the valley on tall arches, receding to the right into the fog.
  const x0 = -40;
  const deckAt = (x: number): number => 392 - (x - x0) * 0.034;
  const slope = (Math.atan(-0.034) * 180) / Math.PI;
  const arches: { left: number; right: number }[] = [];
  for (let x = x0, span = 170; x < W + 40; span *= 0.94) {
    const pier = span * 0.2;
    arches.push({ left: x + pier, right: x + span });
    x += span;
  }
  let d = `M${x0} ${n(deckAt(x0))} L${W + 40} ${n(deckAt(W + 40))} L${W + 40} ${H} L${x0} ${H} Z `;
  let voussoirs = '';
  for (const { left, right } of arches) {
    const r = (right - left) / 2;
    const spring = deckAt((left + right) / 2) + r + 24;
    d += `M${n(left)} ${H - 1} L${n(left)} ${n(spring)} A${n(r)} ${n(r)} 0 0 1 ${n(right)} ${n(spring)} L${n(right)} ${H - 1} Z `;
    voussoirs += `M${n(left - 5)} ${n(spring)} A${n(r + 5)} ${n(r + 5)} 0 0 1 ${n(right + 5)} ${n(spring)} `;
  }
  body += `<path d="${d}" fill="url(#stone)" fill-rule="evenodd"/>`;
  body += `<path d="${voussoirs}" stroke="#2f2b28" stroke-width="3" fill="none" opacity="0.35"/>`;
  // Cornice and parapet follow the deck.
  const deckPts: Pt[] = [
    [x0, deckAt(x0)],
    [W + 40, deckAt(W + 40)],
  ];
  const shifted = (dy: number): string => line(deckPts.map(([x, y]): Pt => [x, y + dy]));
  body += `<path d="${shifted(-12)}" stroke="url(#stone)" stroke-width="24" fill="none"/>`;
  body += `<path d="${shifted(2)}" stroke="#3d3935" stroke-width="6" fill="none" opacity="0.5"/>`;
  // Stone texture: short horizontal joints.
  let joints = '';
  for (let i = 0; i < 500; i++) {
    const x = between(rng, 0, W);
    const y = between(rng, deckAt(x) - 20, H);
    joints += `M${n(x)} ${n(y)} l${n(between(rng, 6, 20))} 0 `;
  }
  body += `<path d="${joints}" stroke="#2f2b28" stroke-width="1.2" opacity="0.18"/>`;

  // A train crossing, windows lit.
  let train = '';
  const tx = 150;
  const ty = deckAt(tx) - 24;
  for (let c = 0; c < 5; c++) {
    const cx = tx + c * 138;
    train += `<rect x="${cx}" y="${n(ty - 36)}" width="134" height="36" rx="${c === 0 ? 14 : 4}" fill="#2d3440"/>`;
    train += `<rect x="${cx}" y="${n(ty - 9)}" width="134" height="5" fill="#7a302c"/>`;
    for (let w = 0; w < 7; w++) {
      train += `<rect x="${cx + 12 + w * 17}" y="${n(ty - 29)}" width="10" height="10" fill="#f0cf8e" opacity="0.85"/>`;
    }
  }
  train += `<circle cx="${tx + 4}" cy="${n(ty - 12)}" r="3.5" fill="#fff7dc"/><circle cx="${tx - 26}" cy="${n(ty - 12)}" r="40" fill="url(#sunhaze)"/>`;
  body += `<g opacity="0.92" transform="rotate(${n(slope)} ${tx} ${n(ty)})">${train}</g>`;
  body += `<path d="${shifted(-24)}" stroke="#5f5a53" stroke-width="5" fill="none"/>`;

  // Fog thickening to the right and drifting through the arches.
  body += `<rect x="0" y="0" width="${W}" height="${H}" fill="${fog}" opacity="0.15"/>`;
  for (let i = 0; i < 8; i++) {
    body += `<ellipse cx="${n(between(rng, 900, 1700))}" cy="${n(between(rng, 250, 520))}" rx="${n(between(rng, 200, 380))}" ry="${n(between(rng, 50, 110))}" fill="url(#fogblob)" opacity="${op(between(rng, 0.6, 1))}"/>`;
  }
  body += `<rect y="520" width="${W}" height="180" fill="url(#fogband)"/>`;

  // Valley floor, river and near woods.
  const floorLine = hills(rng, 700, 16, { wavelength: 1200 });
  body += `<path d="${line(floorLine, { bottom: H })}" fill="#7f8a7c"/>`;
  const river: Pt[] = [];
  for (let x = -20; x <= W + 20; x += 20) river.push([x, 748 + Math.sin(x / 260) * 14]);
  const riverTop = river.map(([x, y]): Pt => [x, y - 10 - x / 80]);
  body += `<path d="${line(riverTop)} L${W + 20} ${H} L-20 ${H} Z" fill="url(#river)"/>`;
  let reflections = '';
  for (let i = 0; i < 60; i++) {
    const x = between(rng, 0, W);
    reflections += `<rect x="${n(x)}" y="${n(between(rng, 760, 890))}" width="${n(between(rng, 20, 90))}" height="2" fill="#eef0ea" opacity="0.35"/>`;
  }
  body += reflections;
  let near = '';
  for (let i = 0; i < 22; i++) {
    const left = i < 14;
    const x = left ? between(rng, -40, 420) : between(rng, 1220, 1640);
    near += conifer(
      x,
      between(rng, 860, 960),
      between(rng, 220, 420),
      pick(rng, ['#27332d', '#2d3a33', '#1f2924']),
    );
  }
  body += `<g filter="url(#b3)">${near}</g>`;
  body += `<rect width="${W}" height="${H}" fill="#f2e6cf" opacity="0.07"/>`;
  body += v.layer;
  return svgDocument(defs, body);
}

// 6. Flooded river meadow ------------------------------------------------------------------------

/** A pollarded willow: a squat trunk and a crown of upright switches. */
function pollard(rng: Rng, x: number, y: number, h: number, trunk: string, twigs: string): string {
  const tw = h * 0.085;
  const top = y - h * 0.42;
  let out = `<path d="M${n(x - tw)} ${n(y)} Q${n(x - tw * 0.55)} ${n(y - h * 0.2)} ${n(x - tw * 1.25)} ${n(top)} Q${n(x)} ${n(top - tw * 0.9)} ${n(x + tw * 1.3)} ${n(top)} Q${n(x + tw * 0.6)} ${n(y - h * 0.2)} ${n(x + tw)} ${n(y)} Z" fill="${trunk}"/>`;
  out += `<ellipse cx="${n(x)}" cy="${n(top - h * 0.26)}" rx="${n(h * 0.4)}" ry="${n(h * 0.28)}" fill="url(#crown)"/>`;
  for (const [count, colour, width] of [
    [60, trunk, 0.011],
    [50, twigs, 0.007],
  ] as const) {
    let d = '';
    for (let i = 0; i < count; i++) {
      const a = -Math.PI / 2 + between(rng, -1.0, 1.0);
      const len = h * between(rng, 0.28, 0.6);
      const sx = x + between(rng, -tw, tw);
      const sy = top + between(rng, -tw * 0.4, tw * 0.2);
      d += `M${n(sx)} ${n(sy)} Q${n(sx + Math.cos(a) * len * 0.25)} ${n(sy + Math.sin(a) * len * 0.6)} ${n(sx + Math.cos(a) * len)} ${n(sy + Math.sin(a) * len)} `;
    }
    out += `<path d="${d}" stroke="${colour}" stroke-width="${n(Math.max(0.8, h * width))}" fill="none" stroke-linecap="round"/>`;
  }
  return out;
}

export function floodedMeadow(): string {
  const rng = seeded(6606);
  const v = vignette(0.45);
  const horizon = 468;
  const defs = [
    linear('sky', [
      [0, '#6d7a8a'],
      [0.55, '#a9b4b8'],
      [1, '#e6dfcb'],
    ]),
    linear('water', [
      [0, '#d9d6c6'],
      [0.25, '#a7b1b3'],
      [1, '#5b6a74'],
    ]),
    radial('break', [
      [0, '#fff6df', 0.85],
      [1, '#fff6df', 0],
    ]),
    soft('sheen', '#fff4dc', 0.28),
    soft('crown', '#8a7d55', 0.45),
    blur('b2', 2),
    blur('b20', 20),
    v.defs,
  ].join('');

  let sky = `<rect width="${W}" height="${horizon + 2}" fill="url(#sky)"/>`;
  sky += `<ellipse cx="1050" cy="330" rx="420" ry="150" fill="url(#break)"/>`;
  let clouds = '';
  for (let i = 0; i < 16; i++) {
    const cx = between(rng, -100, W + 100);
    const cy = between(rng, 40, 300);
    const rx = between(rng, 160, 380);
    const ry = between(rng, 40, 80);
    clouds += `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(rx)}" ry="${n(ry)}" fill="${pick(rng, ['#5e6a79', '#6b7786', '#7d8896'])}" opacity="0.7"/>`;
    clouds += `<ellipse cx="${n(cx + 30)}" cy="${n(cy + ry * 0.6)}" rx="${n(rx * 0.7)}" ry="${n(ry * 0.3)}" fill="#dfe0d8" opacity="0.35"/>`;
  }
  sky += `<g filter="url(#b20)">${clouds}</g>`;

  // Far hedge line with a church tower, and its reflection in the flood.
  let treeline = '';
  for (let x = -20; x < W + 20; x += between(rng, 10, 24)) {
    const r = between(rng, 10, 26);
    treeline += `<circle cx="${n(x)}" cy="${n(horizon - r * 0.6)}" r="${n(r)}" fill="#4d5a52"/>`;
  }
  treeline += `<rect x="1230" y="${horizon - 70}" width="26" height="70" fill="#56605a"/><polygon points="${poly(
    [
      [1228, horizon - 70],
      [1243, horizon - 110],
      [1258, horizon - 70],
    ],
  )}" fill="#56605a"/>`;
  treeline += `<rect x="0" y="${horizon - 6}" width="${W}" height="8" fill="#48544c"/>`;
  let body = sky;
  body += treeline;
  body += `<rect y="${horizon}" width="${W}" height="${H - horizon}" fill="url(#water)"/>`;
  body += `<g transform="translate(0 ${2 * horizon}) scale(1 -1)" opacity="0.45" filter="url(#b2)">${treeline}</g>`;
  body += `<ellipse cx="1050" cy="${horizon + 120}" rx="440" ry="80" fill="url(#sheen)"/>`;

  // Half-drowned banks of grass.
  const banks = [
    [380, 520, 500, 10],
    [1300, 548, 420, 12],
    [160, 640, 420, 16],
  ] as const;
  for (const [bx, by, bw, bh] of banks) {
    const pts: Pt[] = [];
    for (let i = 0; i <= 30; i++) {
      const t = i / 30;
      pts.push([bx - bw / 2 + bw * t, by - Math.sin(t * Math.PI) * bh * between(rng, 0.7, 1.2)]);
    }
    body += `<path d="${line(pts)} Z" fill="#6f7448"/>`;
    let reeds = '';
    for (let i = 0; i < bw / 6; i++) {
      const x = bx - bw * 0.45 + between(rng, 0, bw * 0.9);
      const h = between(rng, 6, 18) * (by / 560);
      reeds += `M${n(x)} ${n(by - 2)} l${n(between(rng, -3, 3))} ${n(-h)} `;
    }
    body += `<path d="${reeds}" stroke="#8a8a55" stroke-width="1.5"/>`;
  }

  // A line of pollarded willows marking the drowned riverbank, nearest on the right.
  const willows: [number, number, number][] = [];
  for (let i = 0; i < 7; i++) {
    const t = i / 6;
    willows.push([560 + t * 900, 500 + t * t * 260, 60 + t * t * 300]);
  }
  const trees = willows.map(([x, y, h]) => pollard(rng, x, y, h, '#342f2a', '#8a7d55'));
  body += `<g opacity="0.32" filter="url(#b2)">${trees.map((tree, i) => `<g transform="translate(0 ${n(2 * willows[i]![1])}) scale(1 -1)">${tree}</g>`).join('')}</g>`;
  trees.forEach((tree, i) => {
    const [x, y, h] = willows[i]!;
    body += tree;
    body += `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(h * 0.35)}" ry="${n(h * 0.03)}" fill="#e9e5d6" opacity="0.25"/>`;
  });

  // Fence posts wading out into the water.
  let fence = '';
  let wire = '';
  for (let i = 0; i < 12; i++) {
    const t = i / 11;
    const x = 80 + t * 600;
    const y = 560 + t * 250;
    const h = 26 + t * 70;
    fence += `<rect x="${n(x)}" y="${n(y - h)}" width="${n(3 + t * 7)}" height="${n(h)}" fill="#463c33"/>`;
    fence += `<rect x="${n(x)}" y="${n(y + 2)}" width="${n(3 + t * 7)}" height="${n(h * 0.6)}" fill="#463c33" opacity="0.3"/>`;
    wire += `${i === 0 ? 'M' : 'L'}${n(x + 2)} ${n(y - h * 0.7)} `;
  }
  body +=
    fence + `<path d="${wire}" stroke="#463c33" stroke-width="1.2" fill="none" opacity="0.7"/>`;

  // Swans.
  for (const [x, y, s, dir] of [
    [930, 640, 1, 1],
    [1010, 655, 1.1, -1],
  ] as const) {
    const swan = `<path d="M${n(x - 26 * s * dir)} ${n(y)} Q${n(x)} ${n(y + 8 * s)} ${n(x + 22 * s * dir)} ${n(y - 2 * s)} L${n(x + 20 * s * dir)} ${n(y - 12 * s)} Q${n(x)} ${n(y - 16 * s)} ${n(x - 26 * s * dir)} ${n(y)} Z" fill="#f6f4ee"/><path d="M${n(x + 16 * s * dir)} ${n(y - 8 * s)} Q${n(x + 26 * s * dir)} ${n(y - 34 * s)} ${n(x + 20 * s * dir)} ${n(y - 38 * s)}" stroke="#f6f4ee" stroke-width="${n(4 * s)}" fill="none" stroke-linecap="round"/><path d="M${n(x + 20 * s * dir)} ${n(y - 38 * s)} l${n(8 * s * dir)} ${n(3 * s)}" stroke="#d9822b" stroke-width="${n(3 * s)}" stroke-linecap="round"/>`;
    body += `<g transform="translate(0 ${n(2 * y + 6)}) scale(1 -1)" opacity="0.3">${swan}</g>${swan}`;
  }

  // Wind ripples catching the light.
  let ripples = '';
  for (let i = 0; i < 260; i++) {
    const d = rng();
    const y = horizon + 10 + d * d * (H - horizon);
    ripples += `<rect x="${n(between(rng, -40, W))}" y="${n(y)}" width="${n(10 + d * 120 * rng())}" height="${n(0.8 + d * 1.6)}" fill="${rng() < 0.6 ? '#eeeadb' : '#43505a'}" opacity="0.3"/>`;
  }
  body += ripples;

  // Foreground reeds, bottom left, slightly out of focus.
  let fore = '';
  for (let i = 0; i < 140; i++) {
    const x = between(rng, -20, 520) * (1 - rng() * 0.3);
    const h = between(rng, 60, 220) * (1 - x / 700);
    fore += `<path d="M${n(x)} ${H + 10} Q${n(x + between(rng, -10, 20))} ${n(H - h * 0.6)} ${n(x + between(rng, -30, 40))} ${n(H - h)}" stroke="${pick(rng, ['#5f6238', '#7b7a45', '#494c2c', '#8e8552'])}" stroke-width="${n(between(rng, 2, 5))}" fill="none" stroke-linecap="round"/>`;
  }
  body += `<g filter="url(#b2)">${fore}</g>`;
  body += v.layer;
  return svgDocument(defs, body);
}

// 7. Stadium under floodlights -------------------------------------------------------------------

export function stadiumAtNight(): string {
  const rng = seeded(7707);
  const v = vignette(0.6);
  const hy = 250;
  const k = 580;
  const P = (X: number, Z: number): Pt => [800 + (X * 900) / Z, hy + k / Z];
  const zNear = 1;
  const zFar = 2.8;
  const defs = [
    linear('sky', [
      [0, '#070b1a'],
      [0.7, '#17213d'],
      [1, '#2c3556'],
    ]),
    radial('flood', [
      [0, '#ffffff', 1],
      [0.15, '#f4f8ff', 0.7],
      [1, '#cfe0ff', 0],
    ]),
    linear('beam', [
      [0, '#e8f0ff', 0.3],
      [1, '#e8f0ff', 0],
    ]),
    radial('pitchglow', [
      [0, '#ffffff', 0.18],
      [1, '#ffffff', 0],
    ]),
    linear('roof', [
      [0, '#1a1f2e'],
      [1, '#2c3346'],
    ]),
    band('haze', '#cfdcff', 0.1),
    blur('b1', 1),
    blur('b24', 24),
    v.defs,
  ].join('');

  let body = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  body += stars(rng, 70, 0, 180, '#dfe6ff');
  // Town skyline beyond the far stand.
  let skyline = '';
  for (let x = -10; x < W;) {
    const w = between(rng, 30, 90);
    const h = between(rng, 20, 90);
    skyline += `<rect x="${n(x)}" y="${n(300 - h)}" width="${n(w)}" height="${n(h + 20)}" fill="#121828"/>`;
    for (let i = 0; i < h / 8; i++) {
      if (rng() < 0.3)
        skyline += `<rect x="${n(x + between(rng, 4, w - 6))}" y="${n(300 - h + 4 + i * 8)}" width="3" height="3" fill="#e8c77c" opacity="0.7"/>`;
    }
    x += w + between(rng, 0, 10);
  }
  body += skyline;

  // Far stand: tiers of crowd under a cantilevered roof.
  const [flx, fly] = P(-1.12, zFar);
  const [frx] = P(1.12, zFar);
  const standTop = 268;
  body += `<polygon points="${poly([
    [flx - 140, fly],
    [frx + 140, fly],
    [frx + 60, standTop],
    [flx - 60, standTop],
  ])}" fill="#23293a"/>`;
  let crowd = '';
  const shirt = ['#b8322c', '#d8d8d8', '#c9433a', '#2b3348', '#e2c15a', '#8d2a28', '#f0f0ea'];
  for (let row = 0; row < 16; row++) {
    const y = standTop + 14 + row * ((fly - standTop - 18) / 16);
    const t = (y - standTop) / (fly - standTop);
    const xl = flx - 60 - 80 * t;
    const xr = frx + 60 + 80 * t;
    for (let x = xl; x < xr; x += between(rng, 4, 7)) {
      if (rng() < 0.1) continue;
      crowd += `<rect x="${n(x)}" y="${n(y + between(rng, -1, 1))}" width="3.2" height="5" fill="${pick(rng, shirt)}"/>`;
    }
  }
  body += `<g opacity="0.8">${crowd}</g>`;
  body += `<polygon points="${poly([
    [flx - 100, standTop - 40],
    [frx + 100, standTop - 40],
    [frx + 70, standTop + 4],
    [flx - 70, standTop + 4],
  ])}" fill="url(#roof)"/>`;
  for (let x = flx - 60; x < frx + 60; x += 28)
    body += `<rect x="${n(x)}" y="${standTop}" width="14" height="3" fill="#f4f1e0"/>`;

  // Side stands running towards us.
  for (const side of [-1, 1]) {
    const a = P(side * 1.12, zFar);
    const b = P(side * 1.12, zNear * 0.75);
    const outerFar: Pt = [a[0] + side * 140, fly - 70];
    const outerNear: Pt = [b[0] + side * 700, b[1] - 520];
    body += `<polygon points="${poly([a, outerFar, outerNear, b])}" fill="#1f2535"/>`;
    let sideCrowd = '';
    for (let i = 0; i < 1400; i++) {
      const u = Math.pow(rng(), 0.7);
      const w = rng();
      const inner: Pt = [a[0] + (b[0] - a[0]) * u, a[1] + (b[1] - a[1]) * u];
      const outer: Pt = [
        outerFar[0] + (outerNear[0] - outerFar[0]) * u,
        outerFar[1] + (outerNear[1] - outerFar[1]) * u,
      ];
      const x = inner[0] + (outer[0] - inner[0]) * w;
      const y = inner[1] + (outer[1] - inner[1]) * w;
      const s = 2.5 + u * 7;
      sideCrowd += `<rect x="${n(x)}" y="${n(y)}" width="${n(s * 0.7)}" height="${n(s)}" fill="${pick(rng, shirt)}"/>`;
    }
    body += `<g opacity="0.7">${sideCrowd}</g>`;
  }

  // The pitch: mown stripes and markings in perspective.
  body += `<polygon points="${poly([P(-1.12, zFar), P(1.12, zFar), P(1.12, 0.75), P(-1.12, 0.75)])}" fill="#2a6a33"/>`;
  const stripes = 14;
  for (let i = 0; i < stripes; i++) {
    const z0 = zFar - ((zFar - 0.75) * i) / stripes;
    const z1 = zFar - ((zFar - 0.75) * (i + 1)) / stripes;
    body += `<polygon points="${poly([P(-1.12, z0), P(1.12, z0), P(1.12, z1), P(-1.12, z1)])}" fill="${i % 2 ? '#358a3e' : '#2f7c38'}"/>`;
  }
  const chalk = (pts: Pt[], close = false): string =>
    `<path d="${line(pts)}${close ? ' Z' : ''}" stroke="#f2f5ee" stroke-width="2.5" fill="none" opacity="0.9"/>`;
  const zMid = 1.5;
  const zEnd = 0.55;
  body += chalk([P(-1, zFar), P(1, zFar), P(1, zEnd), P(-1, zEnd)], true);
  body += chalk([P(-1, zMid), P(1, zMid)]);
  const circle: Pt[] = [];
  for (let i = 0; i <= 60; i++) {
    const a = (i / 60) * Math.PI * 2;
    // World units: X across (half-width 1), Z in depth units; the circle is flattened in depth.
    circle.push(P(0.18 * Math.cos(a), zMid + ((0.18 * Math.sin(a) * (zMid * zMid)) / 0.9) * 0.42));
  }
  body += chalk(circle, true);
  body += chalk([P(-0.4, zFar), P(-0.4, zFar - 0.22), P(0.4, zFar - 0.22), P(0.4, zFar)]);
  body += chalk([P(-0.18, zFar), P(-0.18, zFar - 0.08), P(0.18, zFar - 0.08), P(0.18, zFar)]);
  const [gx, gy] = P(0, zFar);
  body += `<path d="M${n(gx - 22)} ${n(gy)} L${n(gx - 22)} ${n(gy - 16)} L${n(gx + 22)} ${n(gy - 16)} L${n(gx + 22)} ${n(gy)}" stroke="#ffffff" stroke-width="2.5" fill="none"/>`;
  body += `<ellipse cx="800" cy="${n(P(0, 1.6)[1])}" rx="520" ry="120" fill="url(#pitchglow)"/>`;

  // Players, each with a fan of faint floodlight shadows.
  for (let i = 0; i < 22; i++) {
    const X = between(rng, -0.85, 0.85);
    const Z = between(rng, 1.05, 2.6);
    const [x, y] = P(X, Z);
    const h = 40 / Z;
    const kit = i < 11 ? '#c8312b' : '#f1f1ec';
    for (const dx of [-1, 1]) {
      body += `<path d="M${n(x)} ${n(y)} l${n(dx * h * 0.8)} ${n(h * 0.12)}" stroke="#0d2a12" stroke-width="${n(h * 0.18)}" opacity="0.35" stroke-linecap="round"/>`;
    }
    body += `<rect x="${n(x - h * 0.09)}" y="${n(y - h * 0.45)}" width="${n(h * 0.18)}" height="${n(h * 0.45)}" fill="#1c1c22"/>`;
    body += `<rect x="${n(x - h * 0.14)}" y="${n(y - h * 0.85)}" width="${n(h * 0.28)}" height="${n(h * 0.42)}" rx="${n(h * 0.05)}" fill="${kit}"/>`;
    body += `<circle cx="${n(x)}" cy="${n(y - h * 0.93)}" r="${n(h * 0.09)}" fill="#3b2a22"/>`;
  }
  const [bx, by] = P(0.12, 1.8);
  body += `<circle cx="${n(bx)}" cy="${n(by - 2)}" r="3" fill="#ffffff"/>`;

  // Floodlight masts and their light; the beams go in underneath the masts, blurred together.
  const beamsAt = body.length;
  let beams = '';
  for (const [x, top, s] of [
    [150, 40, 1.2],
    [1450, 40, 1.2],
    [420, 150, 0.6],
    [1180, 150, 0.6],
  ] as const) {
    const foot = s < 1 ? standTop - 30 : 520;
    body += `<polygon points="${poly([
      [x - 10 * s, top + 60 * s],
      [x + 10 * s, top + 60 * s],
      [x + 5 * s, foot],
      [x - 5 * s, foot],
    ])}" fill="#0c101c"/>`;
    beams += `<polygon points="${poly([
      [x - 60 * s, top + 60 * s],
      [x + 60 * s, top + 60 * s],
      [800, 700],
      [800, 560],
    ])}" fill="url(#beam)" opacity="0.5"/>`;
    body += `<rect x="${n(x - 62 * s)}" y="${n(top)}" width="${n(124 * s)}" height="${n(62 * s)}" fill="#161b28"/>`;
    for (let r = 0; r < 4; r++) {
      for (let c = 0; c < 8; c++) {
        body += `<rect x="${n(x - 56 * s + c * 14.5 * s)}" y="${n(top + 6 * s + r * 14 * s)}" width="${n(11 * s)}" height="${n(10 * s)}" fill="#fbfdff"/>`;
      }
    }
    body += `<circle cx="${x}" cy="${n(top + 30 * s)}" r="${n(240 * s)}" fill="url(#flood)" opacity="0.75"/>`;
  }
  body = `${body.slice(0, beamsAt)}<g filter="url(#b24)">${beams}</g>${body.slice(beamsAt)}`;
  // Haze under the lights.
  body += `<rect y="260" width="${W}" height="200" fill="url(#haze)"/>`;

  // Near stand: dark seat backs and heads in the foreground.
  let near = '';
  for (let row = 0; row < 3; row++) {
    const y = 800 + row * 42;
    near += `<rect x="0" y="${y}" width="${W}" height="60" fill="${mix('#0c0f18', '#1a2030', row / 3)}"/>`;
    for (let x = -20 + row * 30; x < W + 20; x += between(rng, 55, 80)) {
      if (rng() < 0.3) continue;
      const r = 17 + row * 3;
      near += `<circle cx="${n(x)}" cy="${n(y - r * 0.2)}" r="${n(r)}" fill="#07090f"/><path d="M${n(x - r * 1.9)} ${n(y + r * 2.2)} Q${n(x)} ${n(y + r * 0.2)} ${n(x + r * 1.9)} ${n(y + r * 2.2)} Z" fill="#07090f"/>`;
    }
  }
  body += `<g filter="url(#b1)">${near}</g>`;
  body += v.layer;
  return svgDocument(defs, body);
}

// 8. Mountain pass road in snow ------------------------------------------------------------------

function snowyFir(x: number, y: number, h: number, rng: Rng): string {
  const w = h * 0.36;
  let d = '';
  let snow = '';
  for (let i = 0; i < 5; i++) {
    const t = i / 5;
    const top = y - h + h * t * 0.82;
    const bottom = top + h * 0.3;
    const half = w * (0.3 + t * 0.7);
    d += `M${n(x)} ${n(top)} L${n(x + half)} ${n(bottom)} L${n(x - half)} ${n(bottom)} Z `;
    snow += `M${n(x - half * 0.95)} ${n(bottom - 1)} Q${n(x)} ${n(bottom - h * 0.06 - rng() * h * 0.03)} ${n(x + half * 0.6)} ${n(bottom - 2)} L${n(x + half * 0.3)} ${n(bottom - h * 0.08)} Q${n(x - half * 0.2)} ${n(bottom - h * 0.12)} ${n(x - half * 0.95)} ${n(bottom - 1)} Z `;
  }
  return `<path d="${d}" fill="#1f3a36"/><path d="${snow}" fill="#eef4fa"/>`;
}

export function mountainPass(): string {
  const rng = seeded(8808);
  const v = vignette(0.45);
  const defs = [
    linear('sky', [
      [0, '#3d4f78'],
      [0.22, '#7e90b6'],
      [0.4, '#dcc0bd'],
      [0.6, '#f3d9c8'],
    ]),
    linear('peak', [
      [0, '#fbe6e0'],
      [0.5, '#d9d8e8'],
      [1, '#9aa8c8'],
    ]),
    linear('slope', [
      [0, '#f4f7fb'],
      [1, '#c4d1e4'],
    ]),
    linear('rock', [
      [0, '#5a6482'],
      [1, '#3b425c'],
    ]),
    radial('beacon', [
      [0, '#ffb347', 0.9],
      [1, '#ff8c1a', 0],
    ]),
    radial('head', [
      [0, '#fffbe8', 1],
      [1, '#fff3c4', 0],
    ]),
    soft('tail', '#ff3b30', 0.55),
    band('mist', '#e7d6d6', 0.3),
    blur('b3', 3),
    v.defs,
  ].join('');

  let body = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;

  // Far range catching the first light, with the shadowed faces of each summit.
  const summits: Pt[] = [
    [-40, 330],
    [180, 240],
    [330, 300],
    [470, 170],
    [650, 290],
    [860, 140],
    [1040, 270],
    [1250, 190],
    [1430, 280],
    [1640, 220],
  ];
  const far = peaks(rng, 0, 44, { depth: 6, anchors: summits });
  body += `<path d="${line(far, { bottom: 620 })}" fill="url(#peak)"/>`;
  for (let i = 0; i < summits.length - 1; i++) {
    const [sx, sy] = summits[i]!;
    const [vx, vy] = summits[i + 1]!;
    if (vy <= sy) continue;
    const ridge = far.filter(([x]) => x >= sx && x <= vx);
    const shadow: Pt[] = [...ridge, [sx + (vx - sx) * 0.45, 620], [sx, sy + 10]];
    body += `<polygon points="${poly(shadow)}" fill="#8593b8" opacity="0.55"/>`;
    // Rock bands where the snow cannot lie.
    for (let k = 0; k < 4; k++) {
      const t = between(rng, 0.15, 0.7);
      const x = sx + (vx - sx) * t;
      const y = yAt(far, x) + between(rng, 15, 70);
      const w = between(rng, 14, 36);
      body += `<path d="M${n(x)} ${n(y)} l${n(w * 0.4)} ${n(w * 1.6)} l${n(-w * 0.5)} ${n(-w * 0.3)} Z" fill="#4c5675" opacity="0.6"/>`;
    }
  }
  body += `<rect y="360" width="${W}" height="240" fill="url(#mist)"/>`;

  // Middle ridge and the notch of the pass.
  const mid = peaks(rng, 470, 90, {
    depth: 7,
    anchors: [
      [-40, 380],
      [560, 430],
      [880, 470],
      [1200, 420],
      [1640, 360],
    ],
  });
  body += `<path d="${line(mid, { bottom: H })}" fill="url(#slope)"/>`;
  let rocks = '';
  for (let i = 0; i < 26; i++) {
    const x = between(rng, 0, W);
    const y = yAt(mid, x) + between(rng, 6, 50);
    const w = between(rng, 8, 22);
    rocks += `<path d="M${n(x)} ${n(y)} q${n(w * 0.6)} ${n(-w * 0.3)} ${n(w * 1.4)} ${n(w * 0.1)} q${n(-w * 0.5)} ${n(w * 0.25)} ${n(-w * 1.4)} ${n(-w * 0.1)} Z" fill="#56607c" opacity="0.5"/>`;
  }
  body += rocks;

  // The road: hairpins climbing to the pass, drawn far leg first with banks of ploughed snow.
  const legs: { pts: Pt[]; w: number }[] = [
    {
      pts: [
        [860, 478],
        [990, 500],
        [1070, 520],
        [1010, 540],
      ],
      w: 12,
    },
    {
      pts: [
        [1010, 540],
        [820, 560],
        [640, 585],
        [560, 610],
        [640, 635],
      ],
      w: 20,
    },
    {
      pts: [
        [640, 635],
        [900, 660],
        [1180, 690],
        [1260, 725],
        [1150, 760],
      ],
      w: 34,
    },
    {
      pts: [
        [1150, 760],
        [900, 800],
        [700, 860],
        [640, 920],
      ],
      w: 58,
    },
  ];
  const smooth = (pts: Pt[]): string => {
    let d = `M${n(pts[0]![0])} ${n(pts[0]![1])}`;
    for (let i = 1; i < pts.length - 1; i++) {
      const [x, y] = pts[i]!;
      const [nx, ny] = pts[i + 1]!;
      d += ` Q${n(x)} ${n(y)} ${n((x + nx) / 2)} ${n((y + ny) / 2)}`;
    }
    const last = pts[pts.length - 1]!;
    return `${d} L${n(last[0])} ${n(last[1])}`;
  };
  for (const leg of legs) {
    const d = smooth(leg.pts);
    body += `<path d="${d}" stroke="#9fb0cc" stroke-width="${n(leg.w * 1.9)}" fill="none" stroke-linecap="round" stroke-linejoin="round" opacity="0.7"/>`;
    body += `<path d="${d}" stroke="#f7f9fc" stroke-width="${n(leg.w * 1.45)}" fill="none" stroke-linecap="round" stroke-linejoin="round"/>`;
    body += `<path d="${d}" stroke="#4a4f5e" stroke-width="${n(leg.w)}" fill="none" stroke-linecap="round" stroke-linejoin="round"/>`;
    body += `<path d="${d}" stroke="#dfe6f0" stroke-width="${n(leg.w * 0.35)}" fill="none" stroke-linecap="round" opacity="0.35"/>`;
    body += `<path d="${d}" stroke="#f1f1e6" stroke-width="${n(Math.max(1, leg.w * 0.06))}" fill="none" stroke-dasharray="${n(leg.w * 0.8)} ${n(leg.w * 0.9)}"/>`;
    // Snow poles along the outer edge.
    for (let i = 0; i < leg.pts.length - 1; i++) {
      const [ax, ay] = leg.pts[i]!;
      const [bx, by] = leg.pts[i + 1]!;
      for (let t = 0.2; t < 1; t += 0.4) {
        const x = ax + (bx - ax) * t;
        const y = ay + (by - ay) * t - leg.w * 0.8;
        const h = leg.w * 1.3;
        body += `<rect x="${n(x)}" y="${n(y - h)}" width="${n(Math.max(1.2, leg.w * 0.07))}" height="${n(h)}" fill="#2a2a2a"/><rect x="${n(x)}" y="${n(y - h)}" width="${n(Math.max(1.2, leg.w * 0.07))}" height="${n(h * 0.3)}" fill="#f06a1f"/>`;
      }
    }
  }

  // A plough working down the hairpins, headlights and an amber beacon.
  const [px, py] = [900, 664];
  body += `<rect x="${px - 34}" y="${py - 30}" width="54" height="26" rx="4" fill="#e8801f"/><rect x="${px + 12}" y="${py - 42}" width="26" height="38" rx="3" fill="#e8801f"/><rect x="${px + 18}" y="${py - 38}" width="16" height="12" fill="#2b3a4f"/>`;
  body += `<polygon points="${poly([
    [px + 38, py - 14],
    [px + 58, py - 20],
    [px + 62, py + 2],
    [px + 38, py],
  ])}" fill="#cfd6de"/>`;
  body += `<circle cx="${px - 20}" cy="${py}" r="7" fill="#1b1b1f"/><circle cx="${px + 24}" cy="${py}" r="7" fill="#1b1b1f"/>`;
  body += `<circle cx="${px + 25}" cy="${py - 45}" r="30" fill="url(#beacon)"/><circle cx="${px + 25}" cy="${py - 45}" r="3.5" fill="#ffd08a"/>`;
  body += `<circle cx="${px + 40}" cy="${py - 10}" r="34" fill="url(#head)" opacity="0.8"/>`;
  // Two cars queued at the closed barrier.
  for (const [cx, cy, s] of [
    [1010, 790, 1],
    [1110, 770, 0.85],
  ] as const) {
    body += `<path d="M${n(cx - 36 * s)} ${n(cy)} L${n(cx - 34 * s)} ${n(cy - 14 * s)} L${n(cx - 18 * s)} ${n(cy - 26 * s)} L${n(cx + 16 * s)} ${n(cy - 26 * s)} L${n(cx + 30 * s)} ${n(cy - 14 * s)} L${n(cx + 36 * s)} ${n(cy)} Z" fill="#3b4560"/><path d="M${n(cx - 30 * s)} ${n(cy - 28 * s)} L${n(cx + 14 * s)} ${n(cy - 28 * s)} L${n(cx + 18 * s)} ${n(cy - 24 * s)} L${n(cx - 20 * s)} ${n(cy - 24 * s)} Z" fill="#f4f7fb"/>`;
    body += `<circle cx="${n(cx + 32 * s)}" cy="${n(cy - 8 * s)}" r="${n(12 * s)}" fill="url(#tail)"/><rect x="${n(cx + 30 * s)}" y="${n(cy - 11 * s)}" width="${n(5 * s)}" height="${n(5 * s)}" fill="#ff5a4a"/>`;
  }
  // The barrier across the lower road.
  const barY = 812;
  body += `<rect x="840" y="${barY - 10}" width="14" height="52" fill="#3d3d40"/>`;
  let bar = '';
  for (let i = 0; i < 8; i++)
    bar += `<rect x="${854 + i * 26}" y="${barY - 6}" width="26" height="11" fill="${i % 2 ? '#f4f4f0' : '#c8302a'}"/>`;
  body += `<g transform="rotate(-4 854 ${barY})">${bar}</g>`;
  body += `<circle cx="847" cy="${barY - 16}" r="5" fill="#ff4b3a"/><circle cx="847" cy="${barY - 16}" r="20" fill="url(#tail)"/>`;

  // Forest edges, heaviest in the corners.
  let firs = '';
  const trees: [number, number, number][] = [];
  for (let i = 0; i < 40; i++) {
    const left = rng() < 0.5;
    const x = left ? between(rng, -40, 420) : between(rng, 1300, 1640);
    const y = between(rng, 600, 960);
    trees.push([x, y, 60 + (y - 600) * 0.9]);
  }
  trees.sort((a, b) => a[1] - b[1]);
  for (const [x, y, h] of trees) firs += snowyFir(x, y, h, rng);
  body += firs;

  // Falling snow: small sharp flakes and big blurred ones near the lens.
  let flakes = '';
  for (let i = 0; i < 380; i++) {
    flakes += `<circle cx="${n(between(rng, 0, W))}" cy="${n(between(rng, 0, H))}" r="${n(between(rng, 1, 2.6))}" fill="#ffffff" opacity="${op(between(rng, 0.5, 0.95))}"/>`;
  }
  let big = '';
  for (let i = 0; i < 40; i++) {
    big += `<circle cx="${n(between(rng, 0, W))}" cy="${n(between(rng, 0, H))}" r="${n(between(rng, 5, 11))}" fill="#ffffff" opacity="${op(between(rng, 0.35, 0.7))}"/>`;
  }
  body += flakes + `<g filter="url(#b3)">${big}</g>`;
  body += v.layer;
  return svgDocument(defs, body);
}

// 9. Inline: a turbine from below at sunrise, technicians on the nacelle -------------------------

export function turbineFromBelow(): string {
  const rng = seeded(9909);
  const v = vignette(0.5);
  const defs = [
    linear('sky', [
      [0, '#1f2f55'],
      [0.5, '#6d6f9a'],
      [0.8, '#e39a7a'],
      [1, '#f7c58e'],
    ]),
    radial('sun', [
      [0, '#fff4d2', 1],
      [0.2, '#ffd59a', 0.7],
      [1, '#f59a6a', 0],
    ]),
    linear(
      'tower',
      [
        [0, '#8b8fa6'],
        [0.45, '#e9e6ea'],
        [0.6, '#f7efe6'],
        [1, '#9a98ad'],
      ],
      [0, 0, 1, 0],
    ),
    linear('nacelle', [
      [0, '#f3ece6'],
      [1, '#a6a6ba'],
    ]),
    linear(
      'bladeLit',
      [
        [0, '#f9efe4'],
        [1, '#b9b6c8'],
      ],
      [0, 0, 1, 0],
    ),
    blur('b2', 2),
    blur('b8', 8),
    v.defs,
  ].join('');
  let body = `<rect width="${W}" height="${H}" fill="url(#sky)"/>`;
  body += `<circle cx="1300" cy="760" r="520" fill="url(#sun)"/>`;
  let streaks = '';
  for (let i = 0; i < 12; i++) {
    const y = between(rng, 80, 700);
    streaks += `<ellipse cx="${n(between(rng, 0, W))}" cy="${n(y)}" rx="${n(between(rng, 200, 500))}" ry="${n(between(rng, 6, 16))}" fill="${mix('#8a7fa8', '#ffcf9e', y / 700)}" opacity="0.45"/>`;
  }
  body += `<g filter="url(#b8)">${streaks}</g>`;
  // Distant turbines on the skyline.
  const ridge = hills(rng, 860, 14, { wavelength: 900 });
  for (const [x, h, r] of [
    [180, 120, 20],
    [360, 90, 70],
    [1460, 110, 40],
  ] as const) {
    body += turbine(x, yAt(ridge, x), h, r, 0.35, '#c9a6a6');
  }
  body += `<path d="${line(ridge, { bottom: H })}" fill="#2d2a3e"/>`;

  // The tower, converging upwards.
  body += `<polygon points="${poly([
    [880, H + 10],
    [1080, H + 10],
    [990, 300],
    [930, 300],
  ])}" fill="url(#tower)"/>`;
  body += `<rect x="944" y="620" width="30" height="52" rx="4" fill="#7d7f95" opacity="0.7"/>`;
  // Nacelle, seen from beneath: hub to the left, blades sweeping out of frame.
  const hubX = 650;
  const hubY = 250;
  body += `<path d="M${hubX + 40} 210 L1150 190 Q1190 200 1185 250 L1170 300 L${hubX + 60} 310 Z" fill="url(#nacelle)"/>`;
  body += `<path d="M${hubX + 60} 300 L1170 292" stroke="#8d8ba3" stroke-width="6"/>`;
  body += `<path d="M1150 190 L1160 150 M1060 194 L1070 156 M970 198 L976 162 M1160 150 L976 162" stroke="#4a4860" stroke-width="4" fill="none"/>`;
  // Two technicians in orange at the railing.
  for (const [x, s] of [
    [1010, 1],
    [1110, 0.95],
  ] as const) {
    body += `<rect x="${n(x - 9 * s)}" y="${n(160 * s + 10)}" width="${n(18 * s)}" height="${n(32 * s)}" rx="5" fill="#e8731f"/><circle cx="${x}" cy="${n(150 * s + 8)}" r="${n(9 * s)}" fill="#f4f1e6"/><rect x="${n(x - 6 * s)}" y="${n(192 * s + 8)}" width="${n(12 * s)}" height="${n(6 * s)}" fill="#2c2c3a"/>`;
  }
  const L = 820;
  const blade = `M0 0 L${-L * 0.055} ${-L * 0.12} Q${-L * 0.05} ${-L * 0.7} 0 ${-L} L${L * 0.025} ${-L * 0.55} L${L * 0.055} ${-L * 0.1} Z`;
  for (const a of [-62, 58, 178]) {
    body += `<path d="${blade}" fill="url(#bladeLit)" transform="translate(${hubX} ${hubY}) rotate(${a})"/>`;
    body += `<path d="M${L * 0.03} ${-L * 0.12} L${L * 0.02} ${-L * 0.6}" stroke="#ffffff" stroke-width="3" opacity="0.6" transform="translate(${hubX} ${hubY}) rotate(${a})"/>`;
  }
  body += `<ellipse cx="${hubX}" cy="${hubY}" rx="70" ry="66" fill="#ece6e4"/><path d="M${hubX - 70} ${hubY} Q${hubX - 110} ${hubY - 4} ${hubX - 120} ${hubY + 4} Q${hubX - 100} ${hubY + 40} ${hubX - 40} ${hubY + 56} Z" fill="#d9d2d6"/><ellipse cx="${hubX + 12}" cy="${hubY + 10}" rx="40" ry="36" fill="#bdb8c8" opacity="0.5"/>`;
  for (let i = 0; i < 6; i++)
    body += gull(
      between(rng, 200, 1500),
      between(rng, 380, 620),
      between(rng, 0.9, 1.6),
      '#2b2740',
    );
  body += `<rect width="${W}" height="${H}" fill="#ffb77a" opacity="0.06"/>`;
  body += v.layer;
  return svgDocument(defs, body);
}

// 10. Inline: a greengrocer's stall under the market roof ----------------------------------------

export function marketStall(): string {
  const rng = seeded(1010);
  const v = vignette(0.55);
  const defs = [
    linear('back', [
      [0, '#2a211c'],
      [1, '#473529'],
    ]),
    radial('bokeh', [
      [0, '#ffd48a', 0.8],
      [0.7, '#ffc26a', 0.35],
      [1, '#ffc26a', 0],
    ]),
    radial('bulb', [
      [0, '#fff6dc', 1],
      [0.25, '#ffd98f', 0.6],
      [1, '#ffb861', 0],
    ]),
    linear('crate', [
      [0, '#b58550'],
      [1, '#7a532d'],
    ]),
    blur('b2', 2),
    blur('b10', 10),
    v.defs,
  ].join('');
  let body = `<rect width="${W}" height="${H}" fill="url(#back)"/>`;
  for (let i = 0; i < 26; i++) {
    body += `<circle cx="${n(between(rng, 0, W))}" cy="${n(between(rng, 180, 520))}" r="${n(between(rng, 20, 60))}" fill="url(#bokeh)" opacity="${op(between(rng, 0.3, 0.8))}"/>`;
  }
  // The stallholder, out of focus behind the produce.
  body += `<g filter="url(#b10)" opacity="0.85"><circle cx="1120" cy="250" r="52" fill="#3b2a22"/><path d="M1010 520 Q1020 330 1120 318 Q1220 330 1232 520 Z" fill="#3c5a4c"/><path d="M1070 340 L1170 340 L1180 520 L1060 520 Z" fill="#e6dccb"/></g>`;

  // Awning with scalloped valance.
  const stripe = 80;
  for (let x = 0; x < W; x += stripe) {
    const c = (x / stripe) % 2 === 0 ? '#2f6b57' : '#efe6cf';
    body += `<rect x="${x}" y="0" width="${stripe}" height="130" fill="${c}"/>`;
    body += `<path d="M${x} 130 Q${x + stripe / 2} 185 ${x + stripe} 130 Z" fill="${c}"/>`;
  }
  body += `<rect width="${W}" height="130" fill="#000000" opacity="0.12"/>`;
  body += `<rect y="0" width="${W}" height="26" fill="#000000" opacity="0.25"/>`;
  for (const x of [260, 720, 1180]) {
    body += `<path d="M${x} 150 L${x} 230" stroke="#1c1512" stroke-width="3"/><circle cx="${x}" cy="246" r="120" fill="url(#bulb)"/><circle cx="${x}" cy="246" r="16" fill="#fff4d8"/>`;
  }

  // Three tiers of crates, each heaped with one kind of produce.
  const kinds = [
    { fill: '#c8322b', hi: '#f2807a', r: 30, shape: 'round' },
    { fill: '#ee8a25', hi: '#ffc37a', r: 32, shape: 'round' },
    { fill: '#8dbb3f', hi: '#d4ec8e', r: 30, shape: 'round' },
    { fill: '#f1cd3e', hi: '#fff1a6', r: 26, shape: 'oval' },
    { fill: '#5a2e62', hi: '#9a6aa4', r: 26, shape: 'long' },
    { fill: '#d96a3a', hi: '#f7b48a', r: 20, shape: 'round' },
    { fill: '#6e9a3a', hi: '#b8d87a', r: 36, shape: 'round' },
  ] as const;
  const tiers = [
    { y: 470, h: 130, w: 300, count: 5 },
    { y: 610, h: 140, w: 330, count: 5 },
    { y: 760, h: 160, w: 360, count: 5 },
  ];
  tiers.forEach((tier, ti) => {
    const total = tier.count * tier.w;
    const start = (W - total) / 2 - ti * 10;
    for (let c = 0; c < tier.count; c++) {
      const x = start + c * tier.w;
      const kind = kinds[(c + ti * 2) % kinds.length]!;
      // Heap: rows of fruit, fewer towards the top.
      let heap = '';
      for (let row = 0; row < 4; row++) {
        const y = tier.y + 6 - row * kind.r * 1.1;
        const inset = row * kind.r * 0.9 + 16;
        for (let fx = x + inset; fx < x + tier.w - inset; fx += kind.r * between(rng, 1.5, 1.9)) {
          const cx = fx + between(rng, -4, 4);
          const cy = y + between(rng, -4, 4);
          const shade = mix(kind.fill, '#000000', between(rng, 0, 0.18));
          if (kind.shape === 'long') {
            const a = between(rng, -30, 30);
            heap += `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(kind.r * 1.5)}" ry="${n(kind.r * 0.75)}" fill="${shade}" transform="rotate(${n(a)} ${n(cx)} ${n(cy)})"/><path d="M${n(cx - kind.r * 1.5)} ${n(cy)} l-10 -4" stroke="#4f7a34" stroke-width="6" transform="rotate(${n(a)} ${n(cx)} ${n(cy)})"/>`;
          } else {
            const ry = kind.shape === 'oval' ? kind.r * 0.75 : kind.r;
            heap += `<ellipse cx="${n(cx)}" cy="${n(cy)}" rx="${n(kind.r)}" ry="${n(ry)}" fill="${shade}"/>`;
          }
          heap += `<ellipse cx="${n(cx - kind.r * 0.35)}" cy="${n(cy - kind.r * 0.35)}" rx="${n(kind.r * 0.28)}" ry="${n(kind.r * 0.18)}" fill="${kind.hi}" opacity="0.7"/>`;
        }
      }
      body += heap;
      body += `<rect x="${n(x + 6)}" y="${tier.y + 20}" width="${tier.w - 12}" height="${tier.h - 20}" fill="url(#crate)"/>`;
      for (let s = 1; s < 3; s++)
        body += `<rect x="${n(x + 6)}" y="${n(tier.y + 20 + ((tier.h - 20) * s) / 3)}" width="${tier.w - 12}" height="4" fill="#5d3d1f" opacity="0.6"/>`;
      body += `<rect x="${n(x + 6)}" y="${tier.y + 20}" width="${tier.w - 12}" height="8" fill="#d4a46a"/>`;
      // A blank slate price card on a stick.
      if (rng() < 0.7) {
        const sx = x + between(rng, 60, tier.w - 120);
        const sy = tier.y - 70 - between(rng, 0, 30);
        body += `<rect x="${n(sx + 28)}" y="${n(sy + 40)}" width="4" height="60" fill="#8b6b48"/><rect x="${n(sx)}" y="${n(sy)}" width="60" height="44" rx="4" fill="#1f2320" stroke="#a07b50" stroke-width="3"/><path d="M${n(sx + 12)} ${n(sy + 18)} q8 -8 16 0 t16 0 M${n(sx + 14)} ${n(sy + 30)} l30 0" stroke="#f2efe6" stroke-width="2.5" fill="none" opacity="0.85"/>`;
      }
    }
  });
  body += `<rect width="${W}" height="${H}" fill="#ffcf8a" opacity="0.05"/>`;
  body += v.layer;
  return svgDocument(defs, body);
}

// 11. A river ferry crossing below a hillside city at midday -------------------------------------

function ferry(x: number, y: number, s: number): string {
  const L = 420 * s;
  return [
    `<path d="M${n(x)} ${n(y - 40 * s)} L${n(x + L)} ${n(y - 40 * s)} L${n(x + L - 30 * s)} ${n(y)} L${n(x + 24 * s)} ${n(y)} Z" fill="#1f4f66"/>`,
    `<rect x="${n(x + 4 * s)}" y="${n(y - 46 * s)}" width="${n(L - 8 * s)}" height="${n(8 * s)}" fill="#f6f7f5"/>`,
    `<path d="M${n(x + 40 * s)} ${n(y - 46 * s)} L${n(x + 56 * s)} ${n(y - 96 * s)} L${n(x + L - 70 * s)} ${n(y - 96 * s)} L${n(x + L - 40 * s)} ${n(y - 46 * s)} Z" fill="#fbfcfb"/>`,
    `<rect x="${n(x + 64 * s)}" y="${n(y - 86 * s)}" width="${n(L - 150 * s)}" height="${n(18 * s)}" fill="#27435a"/>`,
    `<path d="M${n(x + 150 * s)} ${n(y - 96 * s)} L${n(x + 164 * s)} ${n(y - 124 * s)} L${n(x + 260 * s)} ${n(y - 124 * s)} L${n(x + 272 * s)} ${n(y - 96 * s)} Z" fill="#f4f6f4"/>`,
    `<rect x="${n(x + 170 * s)}" y="${n(y - 118 * s)}" width="${n(84 * s)}" height="${n(10 * s)}" fill="#27435a"/>`,
    `<rect x="${n(x + 8 * s)}" y="${n(y - 30 * s)}" width="${n(L - 40 * s)}" height="${n(5 * s)}" fill="#3fa59a"/>`,
    `<path d="${Array.from({ length: 13 }, (_, i) => `M${n(x + (84 + i * 20) * s)} ${n(y - 86 * s)} l0 ${n(18 * s)}`).join(' ')}" stroke="#f4f6f4" stroke-width="${n(2 * s)}"/>`,
    `<path d="M${n(x + 212 * s)} ${n(y - 124 * s)} L${n(x + 212 * s)} ${n(y - 160 * s)} M${n(x + 200 * s)} ${n(y - 146 * s)} L${n(x + 224 * s)} ${n(y - 146 * s)}" stroke="#27435a" stroke-width="${n(3 * s)}"/>`,
  ].join('');
}

export function riverFerry(): string {
  const rng = seeded(1111);
  const v = vignette(0.35);
  const shore = 560;
  const defs = [
    linear('sky', [
      [0, '#5fa9dc'],
      [0.6, '#a9d6ef'],
      [1, '#e8f3f4'],
    ]),
    linear('water', [
      [0, '#6fb0c8'],
      [0.3, '#3f8fb0'],
      [1, '#1d5f82'],
    ]),
    linear('hill', [
      [0, '#b7a77a'],
      [1, '#8c8a5e'],
    ]),
    blur('b2', 2),
    blur('b6', 6),
    v.defs,
  ].join('');
  let body = `<rect width="${W}" height="${shore + 4}" fill="url(#sky)"/>`;
  let clouds = '';
  for (let i = 0; i < 7; i++) {
    const cx = between(rng, 0, W);
    const cy = between(rng, 60, 260);
    for (let j = 0; j < 5; j++) {
      clouds += `<ellipse cx="${n(cx + between(rng, -90, 90))}" cy="${n(cy + between(rng, -10, 10))}" rx="${n(between(rng, 50, 120))}" ry="${n(between(rng, 14, 26))}" fill="#ffffff" opacity="0.75"/>`;
    }
  }
  body += `<g filter="url(#b6)">${clouds}</g>`;
  const ridge = hills(rng, 360, 60, { wavelength: 1400 });
  body += `<path d="${line(ridge, { bottom: shore + 4 })}" fill="url(#hill)"/>`;
  const walls = [
    '#f3ead8',
    '#f1d7a6',
    '#e8b59a',
    '#f6f1e8',
    '#d9c6e0',
    '#f0c98a',
    '#cfe1dc',
    '#f4e3c4',
    '#e9a98c',
  ];
  const roofs = ['#c2623d', '#b4552f', '#d0774c', '#a84d2c'];
  for (let row = 0; row < 9; row++) {
    for (let x = -20; x < W + 20;) {
      const w = between(rng, 22, 48);
      const top = yAt(ridge, x) + 18 + row * 24 + between(rng, -4, 4);
      if (top > shore - 10) {
        x += w;
        continue;
      }
      const h = between(rng, 22, 44);
      body += `<rect x="${n(x)}" y="${n(top)}" width="${n(w)}" height="${n(h)}" fill="${pick(rng, walls)}"/>`;
      body += `<rect x="${n(x + w * 0.6)}" y="${n(top)}" width="${n(w * 0.4)}" height="${n(h)}" fill="#000000" opacity="0.08"/>`;
      body += `<polygon points="${poly([
        [x - 2, top],
        [x + w / 2, top - between(rng, 5, 10)],
        [x + w + 2, top],
      ])}" fill="${pick(rng, roofs)}"/>`;
      for (let wx = x + 5; wx < x + w - 6; wx += 9) {
        if (rng() < 0.6)
          body += `<rect x="${n(wx)}" y="${n(top + 7)}" width="4" height="6" fill="#4a4a55" opacity="0.7"/>`;
      }
      x += w + between(rng, -2, 3);
    }
    if (row === 2) {
      // A domed church and a bell tower among the roofs.
      const dx = 470;
      const dy = yAt(ridge, dx) + 30;
      body += `<rect x="${dx - 40}" y="${n(dy - 30)}" width="80" height="70" fill="#f7f3ea"/><path d="M${dx - 34} ${n(dy - 30)} A34 34 0 0 1 ${dx + 34} ${n(dy - 30)} Z" fill="#e8e2d2"/><rect x="${dx - 3}" y="${n(dy - 76)}" width="6" height="14" fill="#e8e2d2"/>`;
      const tx = 1130;
      const ty = yAt(ridge, tx) + 30;
      body += `<rect x="${tx - 14}" y="${n(ty - 70)}" width="28" height="110" fill="#f4efe3"/><rect x="${tx - 8}" y="${n(ty - 60)}" width="16" height="18" fill="#5a4e44"/><polygon points="${poly(
        [
          [tx - 16, ty - 70],
          [tx, ty - 96],
          [tx + 16, ty - 70],
        ],
      )}" fill="#b4552f"/>`;
    }
  }
  // Waterfront and quay.
  body += `<rect y="${shore - 8}" width="${W}" height="14" fill="#cfc4ae"/>`;
  body += `<rect y="${shore + 4}" width="${W}" height="${H - shore}" fill="url(#water)"/>`;
  let sparkle = '';
  for (let i = 0; i < 500; i++) {
    const d = rng();
    const y = shore + 6 + d * d * (H - shore);
    sparkle += `<rect x="${n(between(rng, -40, W))}" y="${n(y)}" width="${n(4 + d * 60 * rng())}" height="${n(1 + d * 2)}" fill="${rng() < 0.7 ? '#e9f6fb' : '#174e6c'}" opacity="${op(rng() < 0.7 ? 0.5 : 0.4)}"/>`;
  }
  body += sparkle;
  // The ferry and its wake.
  const fx = 520;
  const fy = 700;
  let wake = '';
  for (let i = 0; i < 40; i++) {
    const t = i / 40;
    wake += `<ellipse cx="${n(fx + 420 + t * 520)}" cy="${n(fy - 4 + t * 50 * (rng() - 0.3))}" rx="${n(30 + t * 60)}" ry="${n(3 + t * 5)}" fill="#f4fbfd" opacity="${op(0.7 - t * 0.6)}"/>`;
  }
  const reflection = `<g transform="translate(0 ${2 * fy}) scale(1 -1)" opacity="0.14">${ferry(fx, fy, 1)}</g>`;
  const foam = `<rect x="${fx + 20}" y="${fy}" width="380" height="6" fill="#f4fbfd" opacity="0.6"/>`;
  body += `<g filter="url(#b2)">${wake}${reflection}${foam}</g>`;
  body += ferry(fx, fy, 1);
  for (let i = 0; i < 5; i++)
    body += gull(
      between(rng, 200, 1400),
      between(rng, 300, 480),
      between(rng, 0.8, 1.5),
      '#f8f8f8',
    );
  body += v.layer;
  return svgDocument(defs, body);
}
