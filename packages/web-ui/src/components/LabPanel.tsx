import type { PkiId } from '@webgossip/core';
import { useState } from 'react';
import type { TabSession } from '../boot/tab-session.js';
import { LabFaults } from './LabFaults.js';
import { Panel } from './Panel.js';

const MAX_AT_ONCE = 32;

/** Spawns extra peers inside this tab, each with its own engine, identity and links. */
export function LabPanel({ session, name }: { session: TabSession; name: (id: PkiId) => string }) {
  const [count, setCount] = useState('5');
  const [busy, setBusy] = useState(false);
  const lab = session.peers.lab();
  const n = Number.parseInt(count, 10);
  const ok = Number.isInteger(n) && n >= 1 && n <= MAX_AT_ONCE;
  const spawn = () => {
    if (!ok) return;
    setBusy(true);
    void session.spawnLab(n).finally(() => setBusy(false));
  };
  return (
    <Panel
      title="Lab"
      area="lab"
      aside={`${lab.length} extra peer${lab.length === 1 ? '' : 's'} in this tab`}
    >
      <div className="inline-form">
        <input
          data-testid="lab-count"
          type="number"
          min={1}
          max={MAX_AT_ONCE}
          value={count}
          onChange={(event) => setCount(event.target.value)}
          aria-label="lab peers to spawn"
        />
        <button type="button" data-testid="lab-spawn" onClick={spawn} disabled={!ok || busy}>
          {busy ? 'Spawning…' : 'Spawn peers'}
        </button>
        <button
          type="button"
          className="ghost"
          data-testid="lab-remove"
          onClick={() => session.removeLab()}
          disabled={lab.length === 0}
        >
          Remove all
        </button>
      </div>
      <p className="muted small">
        Lab peers are full peers on the same network; click one below (or pick it at the top) to see the
        dashboard through its eyes.
      </p>
      {lab.length > 0 && <LabFaults session={session} name={name} />}
    </Panel>
  );
}
