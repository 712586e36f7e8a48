/** A small hand-written SVG line chart: log-scale time on x, a share 0..100% on y. */

export interface Series {
  name: string;
  color: string;
  /** [x, y] with x > 0 (ms) and y in 0..1. */
  points: readonly (readonly [number, number])[];
  dashed?: boolean;
}

export interface Marker {
  x: number;
  label: string;
  color: string;
}

export interface ChartSpec {
  title: string;
  xLabel: string;
  yLabel: string;
  series: readonly Series[];
  markers?: readonly Marker[];
  /** x range in ms (log scale). */
  xMin: number;
  xMax: number;
}

const W = 640;
const H = 320;
const M = { left: 56, right: 150, top: 34, bottom: 44 };
const PW = W - M.left - M.right;
const PH = H - M.top - M.bottom;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const f1 = (n: number) => (Math.round(n * 10) / 10).toString();

export function lineChart(spec: ChartSpec): string {
  const lx0 = Math.log10(spec.xMin);
  const lx1 = Math.log10(Math.max(spec.xMax, spec.xMin * 10));
  const sx = (x: number) => M.left + ((Math.log10(Math.max(x, spec.xMin)) - lx0) / (lx1 - lx0)) * PW;
  const sy = (y: number) => M.top + (1 - y) * PH;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="sans-serif" font-size="11">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${M.left}" y="20" font-size="13" font-weight="bold">${esc(spec.title)}</text>`,
  ];
  for (const y of [0, 0.25, 0.5, 0.75, 1]) {
    parts.push(
      `<line x1="${M.left}" x2="${M.left + PW}" y1="${f1(sy(y))}" y2="${f1(sy(y))}" stroke="#ddd"/>`,
      `<text x="${M.left - 6}" y="${f1(sy(y) + 4)}" text-anchor="end">${y * 100}%</text>`,
    );
  }
  for (let decade = Math.ceil(lx0); decade <= Math.floor(lx1); decade++) {
    const x = 10 ** decade;
    parts.push(
      `<line x1="${f1(sx(x))}" x2="${f1(sx(x))}" y1="${M.top}" y2="${M.top + PH}" stroke="#ddd"/>`,
      `<text x="${f1(sx(x))}" y="${M.top + PH + 14}" text-anchor="middle">${x >= 1000 ? `${x / 1000} s` : `${x} ms`}</text>`,
    );
  }
  parts.push(
    `<rect x="${M.left}" y="${M.top}" width="${PW}" height="${PH}" fill="none" stroke="#888"/>`,
    `<text x="${M.left + PW / 2}" y="${H - 8}" text-anchor="middle">${esc(spec.xLabel)}</text>`,
    `<text transform="translate(14 ${M.top + PH / 2}) rotate(-90)" text-anchor="middle">${esc(spec.yLabel)}</text>`,
  );
  (spec.markers ?? []).forEach((marker, i) => {
    const x = f1(sx(marker.x));
    // Labels step down so that markers close together stay readable.
    parts.push(
      `<line x1="${x}" x2="${x}" y1="${M.top}" y2="${M.top + PH}" stroke="${marker.color}" stroke-dasharray="4 3"/>`,
      `<text x="${x}" y="${M.top + 12 + i * 13}" text-anchor="end" dx="-3" fill="${marker.color}">${esc(marker.label)}</text>`,
    );
  });
  spec.series.forEach((series, i) => {
    const path = stepPath(series.points, sx, sy, spec.xMax);
    const dash = series.dashed ? ' stroke-dasharray="6 3"' : '';
    if (path) parts.push(`<path d="${path}" fill="none" stroke="${series.color}" stroke-width="2"${dash}/>`);
    const ly = M.top + 10 + i * 18;
    parts.push(
      `<line x1="${M.left + PW + 12}" x2="${M.left + PW + 32}" y1="${ly}" y2="${ly}" stroke="${series.color}" stroke-width="2"${dash}/>`,
      `<text x="${M.left + PW + 36}" y="${ly + 4}">${esc(series.name)}</text>`,
    );
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

/** A step line: coverage only changes when a block arrives, so it holds its value until the next point. */
function stepPath(
  points: readonly (readonly [number, number])[],
  sx: (x: number) => number,
  sy: (y: number) => number,
  xEnd: number,
): string {
  const visible = points.filter(([x]) => x > 0);
  if (visible.length === 0) return '';
  let d = '';
  let lastY: number | undefined;
  for (const [x, y] of visible) {
    const px = f1(sx(x));
    if (lastY === undefined) d += `M${px},${f1(sy(y))}`;
    else d += `H${px}V${f1(sy(y))}`;
    lastY = y;
  }
  // Coverage stays where it ended: carry the last value to the chart's right edge.
  return `${d}H${f1(sx(xEnd))}`;
}
