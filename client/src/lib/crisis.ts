import type { CrisisResource } from '@hearth/contract';
import { useEffect, useSyncExternalStore } from 'react';
import { request } from './api';

/**
 * Shown until the program's own list has arrived (first visit, offline): the
 * server's defaults. Help must never wait on a request.
 */
export const BUILT_IN_RESOURCES: CrisisResource[] = [
  {
    name: '988 Suicide & Crisis Lifeline (call, text or chat)',
    phone: '988',
    sms: '988',
    url: 'https://988lifeline.org/chat/',
  },
  { name: 'Crisis Text Line: text HOME to 741741', sms: '741741', smsBody: 'HOME' },
  { name: 'Emergency services', phone: '911' },
];

// The last list this browser saw, so that a program outside the US shows its own lines offline too.
const STORAGE_KEY = 'hearth.crisisResources';
// A tab left open for days still picks up an admin's change.
const FRESH_MS = 10 * 60_000;

let current: CrisisResource[] = remembered() ?? BUILT_IN_RESOURCES;
let fetchedAt = 0;
let inflight: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** The program's crisis resources (the built-in list until they arrive), fetched when stale. */
export function useCrisisResources(): CrisisResource[] {
  useEffect(() => {
    if (Date.now() - fetchedAt > FRESH_MS) {
      void refreshCrisisResources();
    }
  }, []);
  return useSyncExternalStore(subscribe, () => current);
}

/** Asks the server for the program's list now (it is public: help is for the signed-out too). */
export function refreshCrisisResources(): Promise<void> {
  inflight ??= request<CrisisResource[]>('/crisis/resources', { auth: false })
    .then((list) => {
      fetchedAt = Date.now();
      setCrisisResources(list);
    })
    .catch(() => undefined)
    .finally(() => {
      inflight = null;
    });
  return inflight;
}

/** A list the server just gave (an admin saved it, or a signpost carried it). */
export function setCrisisResources(list: CrisisResource[]): void {
  if (!isResourceList(list) || list.length === 0) {
    return;
  }
  current = list;
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(list));
  } catch {
    // Storage full or refused: the list still shows in this tab.
  }
  listeners.forEach((listener) => listener());
}

export interface ResourceLink {
  kind: 'call' | 'text' | 'web';
  label: string;
  href: string;
}

/** The ways to reach a resource, as links a phone can open; `short` labels fit a footer ("Text 741741"). */
export function resourceLinks(r: CrisisResource, { short = false } = {}): ResourceLink[] {
  const links: ResourceLink[] = [];
  if (r.phone) {
    links.push({ kind: 'call', label: `Call ${r.phone}`, href: `tel:${r.phone.replace(/[ ()-]/g, '')}` });
  }
  if (r.sms) {
    const body = r.smsBody ? `?&body=${encodeURIComponent(r.smsBody)}` : '';
    const label = r.smsBody && !short ? `Text ${r.smsBody} to ${r.sms}` : `Text ${r.sms}`;
    links.push({ kind: 'text', label, href: `sms:${r.sms.replace(/[ ()-]/g, '')}${body}` });
  }
  if (r.url) {
    links.push(urlLink(r.url));
  }
  return links;
}

function urlLink(url: string): ResourceLink {
  const parsed = parseUrl(url);
  if (parsed?.protocol === 'tel:') {
    return { kind: 'call', label: `Call ${parsed.pathname}`, href: url };
  }
  if (parsed?.protocol === 'sms:') {
    return { kind: 'text', label: `Text ${parsed.pathname}`, href: url };
  }
  return { kind: 'web', label: parsed ? `Online: ${parsed.hostname.replace(/^www\./, '')}` : 'Online', href: url };
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function remembered(): CrisisResource[] | undefined {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    return isResourceList(list) && list.length > 0 ? list : undefined;
  } catch {
    return undefined;
  }
}

function isResourceList(list: unknown): list is CrisisResource[] {
  return (
    Array.isArray(list) &&
    list.every(
      (r: unknown) =>
        typeof r === 'object' &&
        r !== null &&
        typeof (r as CrisisResource).name === 'string' &&
        resourceLinks(r as CrisisResource).length > 0,
    )
  );
}
