/** A room's messages as the reader holds them: one copy per id, in seq order, whatever order they arrived in. */
import type { MessageView } from '@hearth/contract';

/** Is `incoming` a newer copy than `held`? A removal is final, and an older edit never replaces a newer one. */
function supersedes(incoming: MessageView, held: MessageView): boolean {
  if (held.status === 'removed' && incoming.status !== 'removed') {
    return false;
  }
  if (held.editedAt && (!incoming.editedAt || incoming.editedAt < held.editedAt)) {
    return false;
  }
  return true;
}

/** Adds or replaces messages by id and keeps seq order, so a catch-up never duplicates or reorders. */
export function mergeMessages(held: MessageView[], incoming: MessageView[]): MessageView[] {
  if (incoming.length === 0) {
    return held;
  }
  const byId = new Map(held.map((m) => [m.id, m]));
  let changed = false;
  for (const message of incoming) {
    const current = byId.get(message.id);
    if (!current || supersedes(message, current)) {
      byId.set(message.id, message);
      changed = true;
    }
  }
  if (!changed) {
    return held;
  }
  return [...byId.values()].sort((a, b) => a.seq - b.seq);
}

export function newestSeq(messages: MessageView[]): number {
  return messages.length > 0 ? messages[messages.length - 1].seq : 0;
}

export function oldestSeq(messages: MessageView[]): number | undefined {
  return messages[0]?.seq;
}

export function isOwn(message: MessageView, meId: string): boolean {
  return message.author?.id === meId || Boolean(message.clientMsgId);
}

/**
 * What the reader sees: never someone else's message waiting for review, nor a
 * blocked person's; hidden and removed ones stay, as placeholders.
 */
export function shownMessages(messages: MessageView[], meId: string): MessageView[] {
  return messages.filter((m) => m.hiddenReason !== 'blocked' && (m.status !== 'pending' || isOwn(m, meId)));
}
