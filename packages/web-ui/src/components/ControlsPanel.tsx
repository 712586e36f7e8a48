import type { ChannelId } from '@webgossip/core';
import { type FormEvent, useState } from 'react';
import type { TabSession } from '../boot/tab-session.js';
import type { PeerModel } from '../peers/peer-model.js';
import { Panel } from './Panel.js';

interface ControlsPanelProps {
  session: TabSession;
  model: PeerModel;
}

const MIN_INTERVAL_MS = 50;

/** Submit transactions, produce them on a timer, crash or restart the peer. */
export function ControlsPanel({ session, model }: ControlsPanelProps) {
  const channels = model.stopped ? [] : model.gossip.channels();
  const [picked, setPicked] = useState<ChannelId | undefined>(undefined);
  const channel = picked && channels.includes(picked) ? picked : channels[0];
  const [text, setText] = useState('');
  const [intervalText, setIntervalText] = useState('500');
  const last = session.lastSubmitted;
  const auto = session.peers.autoProduce();
  const autoHere = auto?.pkiId === model.pkiId ? auto : undefined;
  const intervalMs = Number.parseInt(intervalText, 10);
  const intervalOk = Number.isFinite(intervalMs) && intervalMs >= MIN_INTERVAL_MS;
  const disabled = model.stopped || channel === undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (channel === undefined) return;
    session.submit(model, channel, text);
    setText('');
  };
  const toggleAuto = () => {
    if (autoHere) session.peers.stopAutoProduce();
    else if (channel !== undefined && intervalOk) session.startAutoProduce(model, channel, intervalMs);
  };

  return (
    <Panel title="Controls" area="controls">
      <form className="stack" onSubmit={submit}>
        <label className="field">
          <span>Channel</span>
          <select
            value={channel ?? ''}
            onChange={(event) => setPicked(event.target.value as ChannelId)}
            disabled={channels.length === 0}
            data-testid="tx-channel"
          >
            {channels.length === 0 && <option value="">no channel joined</option>}
            {channels.map((c) => (
              <option key={c} value={c}>
                #{c}
              </option>
            ))}
          </select>
        </label>
        <div className="inline-form">
          <input
            data-testid="tx-input"
            placeholder="transaction text (optional)"
            value={text}
            onChange={(event) => setText(event.target.value)}
            disabled={disabled}
            aria-label="transaction text"
          />
          <button type="submit" className="primary" data-testid="submit-tx" disabled={disabled}>
            Submit tx
          </button>
        </div>
      </form>
      {last && (
        <p
          className="muted small last-tx"
          data-testid="last-tx"
          data-tx-id={last.txId}
          data-channel={last.channel}
          data-submitter={last.submitter}
          title={`transaction ${last.txId}`}
        >
          last submitted: <span className="mono">{last.txId.slice(0, 8)}</span> in #{last.channel} ·{' '}
          {last.text}
        </p>
      )}
      <div className="inline-form">
        <label className="field compact">
          <span>every</span>
          <input
            data-testid="auto-interval"
            type="number"
            min={MIN_INTERVAL_MS}
            step={50}
            value={intervalText}
            onChange={(event) => setIntervalText(event.target.value)}
            disabled={Boolean(autoHere)}
            aria-label="auto-produce interval in ms"
          />
          <span>ms</span>
        </label>
        <button
          type="button"
          data-testid="auto-produce"
          data-active={autoHere ? 'true' : 'false'}
          className={autoHere ? 'active' : ''}
          onClick={toggleAuto}
          disabled={!autoHere && (disabled || !intervalOk)}
        >
          {autoHere ? `Stop auto (${autoHere.sent} sent)` : 'Auto-produce'}
        </button>
      </div>
      <div className="inline-form danger-zone">
        {model.stopped ? (
          model.main && (
            <button type="button" data-testid="start-peer" onClick={() => void session.startMain()}>
              Restart peer (same identity, newer inc_num)
            </button>
          )
        ) : (
          <button
            type="button"
            className="danger"
            data-testid="stop-peer"
            onClick={() => model.crash()}
            title="Simulated crash: the peer sends no goodbye; others see it dead after aliveExpirationTimeout"
          >
            Stop peer (crash)
          </button>
        )}
      </div>
    </Panel>
  );
}
