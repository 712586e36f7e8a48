import type { NetworkMember } from '@webgossip/core';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The display name a peer published in its metadata: UTF-8 text, or a JSON
 * object with a `name`. Anything else (binary, control characters) shows no
 * name rather than garbage.
 */
export function nameOf(member: Pick<NetworkMember, 'metadata'>): string {
  let text: string;
  try {
    text = decoder.decode(member.metadata).trim();
  } catch {
    return '';
  }
  if (text.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(text);
      const name =
        typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).name : undefined;
      text = typeof name === 'string' ? name : '';
    } catch {
      return '';
    }
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
  return /[\u0000-\u001f\u007f]/.test(text) ? '' : text.slice(0, 40);
}

export function formatAge(ms: number): string {
  if (ms < 1500) return 'now';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s ago`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${s % 60}s ago`;
  return `${Math.floor(m / 60)}h ${m % 60}m ago`;
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms < 1000) return `${Math.max(0, Math.round(ms))} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

export function formatCount(n: number): string {
  if (n < 1000) return String(n);
  if (n < 1_000_000) return `${(n / 1000).toFixed(n < 10_000 ? 1 : 0)}k`;
  return `${(n / 1_000_000).toFixed(1)}M`;
}
