// Staff portraits for the demo newsroom's author pages: a stylised head and shoulders, drawn
// from a seed so each person keeps their own look. Square, 480×480.

const PALETTES = [
  { bg: ['#dfe7ef', '#b9c8d8'], skin: '#d9a27c', hair: '#2f2521', top: '#36507a' },
  { bg: ['#efe4d6', '#d8c2a6'], skin: '#8d5a3b', hair: '#161312', top: '#7a3b36' },
  { bg: ['#e3eee2', '#bfd6bd'], skin: '#f0c8a8', hair: '#b9894f', top: '#2f5d50' },
  { bg: ['#ece2ee', '#cdb9d3'], skin: '#c68b63', hair: '#3d2b1f', top: '#4a3f6b' },
  { bg: ['#f2ead8', '#ddcfa8'], skin: '#e6b592', hair: '#8a8681', top: '#5a5f66' },
  { bg: ['#dcebee', '#b3d1d7'], skin: '#a8704d', hair: '#231b17', top: '#9a6a2f' },
  { bg: ['#eee3df', '#d6bdb4'], skin: '#f3d0b5', hair: '#5b3a24', top: '#284b63' },
];

function hash(text: string): number {
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  return h >>> 0;
}

export function portraitSvg(seed: string): string {
  const h = hash(seed);
  const p = PALETTES[(h >>> 13) % PALETTES.length]!;
  const long = (h >> 3) % 3 === 0; // longer hair falls to the shoulders
  const glasses = (h >> 5) % 4 === 0;
  const tilt = ((h >> 7) % 7) - 3;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="480" viewBox="0 0 480 480">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${p.bg[0]}"/><stop offset="1" stop-color="${p.bg[1]}"/>
    </linearGradient>
    <radialGradient id="face" cx="0.45" cy="0.4" r="0.7">
      <stop offset="0" stop-color="#ffffff" stop-opacity="0.18"/><stop offset="1" stop-color="#000000" stop-opacity="0.08"/>
    </radialGradient>
  </defs>
  <rect width="480" height="480" fill="url(#bg)"/>
  <g transform="rotate(${tilt} 240 300)">
    ${long ? `<path d="M150 210 Q140 330 170 380 L310 380 Q340 330 330 210 Z" fill="${p.hair}"/>` : ''}
    <path d="M70 480 Q80 360 180 340 L300 340 Q400 360 410 480 Z" fill="${p.top}"/>
    <path d="M205 300 L275 300 L270 352 Q240 370 210 352 Z" fill="${p.skin}"/>
    <ellipse cx="240" cy="225" rx="72" ry="88" fill="${p.skin}"/>
    <ellipse cx="240" cy="225" rx="72" ry="88" fill="url(#face)"/>
    <path d="M166 215 Q160 128 240 122 Q322 126 314 215 Q300 168 240 160 Q184 166 166 215 Z" fill="${p.hair}"/>
    <ellipse cx="214" cy="228" rx="7" ry="5" fill="#2a211d"/>
    <ellipse cx="266" cy="228" rx="7" ry="5" fill="#2a211d"/>
    <path d="M222 275 Q240 287 258 275" stroke="#7a4a3a" stroke-width="4" fill="none" stroke-linecap="round"/>
    ${
      glasses
        ? `<g fill="none" stroke="#2b2b2b" stroke-width="4"><circle cx="214" cy="228" r="20"/><circle cx="266" cy="228" r="20"/><path d="M234 228 L246 228"/></g>`
        : ''
    }
  </g>
</svg>`;
}
