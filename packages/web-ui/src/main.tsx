import { presets } from '@webgossip/core';
import { createRoot } from 'react-dom/client';
import { withNetworkPreset } from './boot/network-preset.js';
import { type PageParams, parsePageParams } from './boot/params.js';
import { loadTabKeyPair } from './boot/tab-identity.js';
import { TabSession } from './boot/tab-session.js';
import { App } from './components/App.js';
import { createMemoryFactory } from './peers/memory-factory.js';
import { createNetworkFactory } from './peers/network-factory.js';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('the page has no #root element');
const container: HTMLElement = root;

// The page starts once it knows the network's preset (the bootstrap server's /healthz says it).
withNetworkPreset(parsePageParams(window.location)).then(start);

function start(params: PageParams): void {
  const factory =
    params.mode === 'memory'
      ? createMemoryFactory(presets[params.preset])
      : createNetworkFactory(params.bootstrap);
  const session = new TabSession(
    params,
    factory,
    loadTabKeyPair(window.sessionStorage),
    window.sessionStorage,
  );
  createRoot(container).render(<App session={session} />);

  session
    .startMain()
    .then(() => (params.lab > 0 ? session.spawnLab(params.lab) : undefined))
    .catch((error: unknown) =>
      session.report(`the peer could not start: ${error instanceof Error ? error.message : String(error)}`),
    );

  // Blocks still queued for IndexedDB get one last chance to be written before the page goes.
  window.addEventListener('pagehide', () => session.peers.main()?.ledger?.close());
}
