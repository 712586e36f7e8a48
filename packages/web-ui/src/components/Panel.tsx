import type { ReactNode } from 'react';

interface PanelProps {
  title: string;
  /** A short note at the right of the title (counts, state). */
  aside?: ReactNode;
  area: string;
  children: ReactNode;
  testId?: string;
  data?: Record<`data-${string}`, string | number>;
}

export function Panel({ title, aside, area, children, testId, data }: PanelProps) {
  return (
    <section className={`panel area-${area}`} data-testid={testId} {...data}>
      <header className="panel-head">
        <h2>{title}</h2>
        {aside !== undefined && <span className="panel-aside">{aside}</span>}
      </header>
      <div className="panel-body">{children}</div>
    </section>
  );
}
