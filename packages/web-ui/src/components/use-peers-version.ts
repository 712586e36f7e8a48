import { startTransition, useEffect, useState } from 'react';
import type { PeerSet } from '../peers/peer-set.js';

/**
 * The peer set's version, for a component to render from. Each update is a
 * transition: React renders it in slices and yields to the page between
 * them, so data-channel messages (blocks to verify and forward) are handled
 * while a render is under way instead of waiting behind the whole of it.
 */
export function usePeersVersion(peers: PeerSet): number {
  const [version, setVersion] = useState(peers.getVersion());
  useEffect(() => {
    const update = () => startTransition(() => setVersion(peers.getVersion()));
    const unsubscribe = peers.subscribe(update);
    update();
    return () => {
      unsubscribe();
    };
  }, [peers]);
  return version;
}
