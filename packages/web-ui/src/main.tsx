import { presets, webCryptoEd25519 } from '@webgossip/core';
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

async function start(params: PageParams): Promise<void> {
  const factory =
    params.mode === 'memory'
      ? createMemoryFactory(presets[params.preset])
      : createNetworkFactory(params.bootstrap);
  // Signatures are checked with the browser's own Ed25519 where it has one (off the page's task).
  const subtle = await webCryptoEd25519();
  const session = new TabSession(
    params,
    factory,
    loadTabKeyPair(window.sessionStorage),
    window.sessionStorage,
    subtle,
  );
  // `?ui=none` runs the peer without the dashboard (nothing rendered); scripts reach it as window.webgossip.
  if (new URLSearchParams(window.location.search).get('ui') === 'none') {
    Object.assign(window, { webgossip: session });
    container.textContent = 'webgossip peer running without the dashboard (ui=none)';
  } else createRoot(container).render(<App session={session} />);

  session
    .startMain()
    .then(() => (params.lab > 0 ? session.spawnLab(params.lab) : undefined))
    .catch((error: unknown) =>
      session.report(`the peer could not start: ${error instanceof Error ? error.message : String(error)}`),
    );

  // Blocks still queued for IndexedDB get one last chance to be written before the page goes.
  window.addEventListener('pagehide', () => session.peers.main()?.ledger?.close());
}
