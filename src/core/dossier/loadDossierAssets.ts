import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resourcePath } from '../resources/resourcesDir';

/** The stylesheet and fonts a dossier carries inline, so it needs nothing outside itself. */
export interface DossierAssets {
  css: string;
  /** `@font-face` rules with the fonts as base64 data URLs, each with the code points its subset covers. */
  fontFaces: { rule: string; ranges: [number, number][] }[];
}

/** `U+0100-02BA,U+0304` → [[0x100, 0x2ba], [0x304, 0x304]]. */
function parseUnicodeRange(range: string): [number, number][] {
  return range.split(',').map((part) => {
    const [from, to] = part.replace('U+', '').split('-');
    const start = Number.parseInt(from ?? '0', 16);
    return [start, to === undefined ? start : Number.parseInt(to, 16)];
  });
}

/** The font rules a page needs: a subset is left out when none of the page's characters fall in its range. */
export function fontFacesFor(text: string, assets: DossierAssets): string {
  const codePoints = new Set<number>();
  for (const character of text) codePoints.add(character.codePointAt(0) ?? 0);
  const used = [...codePoints];
  return assets.fontFaces
    .filter((face) => face.ranges.some(([start, end]) => used.some((point) => point >= start && point <= end)))
    .map((face) => face.rule)
    .join('\n');
}

// resources/dossier/ is found by the one resolver (src/core/resources), at first use, so
// merely importing this module never touches the disk.
const dossierResource = (name: string): string => resourcePath('dossier', name);

let printScript: string | undefined;

/** The page script both printers run before printing (see resources/dossier/loadEveryFont.js), as text. */
export function loadEveryFontScript(): string {
  printScript ??= readFileSync(dossierResource('loadEveryFont.js'), 'utf8');
  return printScript;
}

// The scripts analysts' sources are most likely written in; others fall back to the
// system's fonts, which Chromium embeds in the PDF as well.
const subsets: { name: string; range: string }[] = [
  { name: 'latin', range: 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD' },
  { name: 'latin-ext', range: 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF' },
  { name: 'cyrillic', range: 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116' },
  { name: 'greek', range: 'U+0370-0377,U+037A-037F,U+0384-038A,U+038C,U+038E-03A1,U+03A3-03FF' },
];

const faces: { family: string; package: string; prefix: string; weight: number; style: 'normal' | 'italic' }[] = [
  { family: 'Source Serif 4', package: '@fontsource/source-serif-4', prefix: 'source-serif-4', weight: 400, style: 'normal' },
  { family: 'Source Serif 4', package: '@fontsource/source-serif-4', prefix: 'source-serif-4', weight: 400, style: 'italic' },
  { family: 'Source Serif 4', package: '@fontsource/source-serif-4', prefix: 'source-serif-4', weight: 600, style: 'normal' },
  { family: 'Inter', package: '@fontsource/inter', prefix: 'inter', weight: 400, style: 'normal' },
  { family: 'Inter', package: '@fontsource/inter', prefix: 'inter', weight: 600, style: 'normal' },
];

let cached: DossierAssets | undefined;

/** Reads the dossier stylesheet and the bundled fonts once per process. */
export function loadDossierAssets(): DossierAssets {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const rules: DossierAssets['fontFaces'] = [];
  for (const face of faces) {
    for (const subset of subsets) {
      const file = require.resolve(`${face.package}/files/${face.prefix}-${subset.name}-${face.weight}-${face.style}.woff2`);
      const data = readFileSync(file).toString('base64');
      rules.push({
        rule: `@font-face{font-family:'${face.family}';font-style:${face.style};font-weight:${face.weight};font-display:block;src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${subset.range};}`,
        ranges: parseUnicodeRange(subset.range),
      });
    }
  }
  cached = { css: readFileSync(dossierResource('dossier.css'), 'utf8'), fontFaces: rules };
  return cached;
}
