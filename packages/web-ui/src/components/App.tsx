import type { TabSession } from '../boot/tab-session.js';
import { buildDirectory } from '../view/directory.js';
import { buildTopology } from '../view/topology-graph.js';
import { BlocksPanel } from './BlocksPanel.js';
import { ChannelsPanel } from './ChannelsPanel.js';
import { ControlsPanel } from './ControlsPanel.js';
import { Header } from './Header.js';
import { LabPanel } from './LabPanel.js';
import { MembershipPanel } from './MembershipPanel.js';
import { SelfPanel } from './SelfPanel.js';
import { TopologyPanel } from './TopologyPanel.js';
import { TrafficPanel } from './TrafficPanel.js';
import { usePeersVersion } from './use-peers-version.js';

/** The whole dashboard, re-rendered (interruptibly) whenever the tab's peers signal a change (at most five times a second). */
export function App({ session }: { session: TabSession }) {
  usePeersVersion(session.peers);
  const model = session.peers.current();
  if (!model) {
    return (
      <div className="app">
        <Header session={session} directory={undefined} />
        <ParamWarnings warnings={session.params.warnings} />
        <div className="starting">
          {session.problem ? <p className="warn">{session.problem}</p> : <p>Starting the peer…</p>}
        </div>
      </div>
    );
  }
  const now = Date.now();
  const directory = buildDirectory(session.peers, session.factory.bootstrap);
  const graph = buildTopology(session.peers, model, directory, (id) => session.groupOf(id));
  const inTab = (id: string) => session.peers.isInTab(id as typeof model.pkiId);
  return (
    <div className="app">
      <Header session={session} directory={directory} />
      <ParamWarnings warnings={session.params.warnings} />
      {session.problem && (
        <div className="banner" role="alert">
          {session.problem}
        </div>
      )}
      <main className="layout">
        <div className="column column-side">
          <SelfPanel session={session} model={model} name={directory.name(model.pkiId)} now={now} />
          <ControlsPanel key={`controls-${model.pkiId}`} session={session} model={model} />
          <LabPanel session={session} name={directory.name} />
        </div>
        <div className="column column-main">
          <TopologyPanel graph={graph} directory={directory} />
          <ChannelsPanel
            key={`channels-${model.pkiId}`}
            session={session}
            model={model}
            directory={directory}
          />
        </div>
        <div className="column column-side-wide">
          <MembershipPanel model={model} directory={directory} inTab={inTab} now={now} />
          <TrafficPanel model={model} />
        </div>
        <div className="column column-full">
          <BlocksPanel model={model} directory={directory} />
        </div>
      </main>
    </div>
  );
}

/** What the page did with URL parameters it could not take as given. */
function ParamWarnings({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <div className="banner notice" role="status">
      {warnings.map((warning) => (
        <p key={warning} data-testid="param-warning">
          {warning}
        </p>
      ))}
    </div>
  );
}
