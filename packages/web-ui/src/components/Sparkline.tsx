interface SparklineProps {
  values: readonly number[];
  colour: string;
  width?: number;
  height?: number;
  /** The number of samples the line spans, so short histories start at the right. */
  span?: number;
}

/** A tiny line chart of recent values, scaled to its own maximum. */
export function Sparkline({ values, colour, width = 120, height = 22, span = 60 }: SparklineProps) {
  const max = Math.max(1, ...values);
  const step = width / Math.max(1, span - 1);
  const offset = (span - values.length) * step;
  const points = values.map((value, i) => {
    const x = offset + i * step;
    const y = height - 1 - (value / max) * (height - 3);
    return `${x.toFixed(1)},${y.toFixed(1)}`;
  });
  const line = points.join(' ');
  const area = points.length > 1 ? `${offset.toFixed(1)},${height} ${line} ${width},${height}` : '';
  return (
    <svg
      className="sparkline"
      width={width}
      height={height}
      style={{ width, height, minWidth: width }}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
    >
      {area && <polygon points={area} fill={colour} opacity={0.18} />}
      {points.length > 1 && <polyline points={line} fill="none" stroke={colour} strokeWidth={1.5} />}
    </svg>
  );
}
