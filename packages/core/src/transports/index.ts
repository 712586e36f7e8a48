export {
  CHUNK_SIZE,
  chunkFrame,
  DEFAULT_MAX_FRAME_SIZE,
  Reassembler,
  type ReassemblyResult,
} from './chunking.js';
export { CompositeTransport } from './composite-transport.js';
export { clipReason, type DropListener, type TransportDropReason } from './link-drops.js';
export {
  fetchNetworkPreset,
  healthUrl,
  type NetworkPresetAnswer,
  presetMismatch,
} from './network-preset.js';
export { sdpFingerprint } from './sdp-fingerprint.js';
export {
  SimplePeer,
  type SimplePeerConstructor,
  type SimplePeerOptions,
  type SimplePeerSignal,
} from './simple-peer.js';
export {
  decodeSignal,
  encodeSignal,
  type IncomingSignal,
  type SignalingPort,
  type SignalPayload,
} from './webrtc-signaling.js';
export { pkiIdOfRtcEndpoint, WebRtcTransport, type WebRtcTransportOptions } from './webrtc-transport.js';
export {
  CloseCode,
  type WebSocketConstructor,
  type WebSocketLike,
  WebSocketLink,
  type WebSocketLinkOptions,
} from './websocket-link.js';
export { WebSocketTransport, type WebSocketTransportOptions } from './websocket-transport.js';
