import type { MessageView } from '@hearth/contract';
import { ReactNode, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Connection } from '../../../lib/socket';
import type { Outgoing } from '../outbox';
import type { Timeline } from '../roomStore';
import { formatChatDay, localDayKey } from '../kinds';
import { isOwn, newestSeq } from '../timeline';
import { MessageItem } from './MessageItem';
import { OutgoingItem } from './OutgoingItem';

/** Within this many pixels of the end counts as "at the bottom". */
const NEAR_BOTTOM_PX = 48;

interface MessageListProps {
  timeline: Timeline;
  /** The messages to show, oldest first (see shownMessages). */
  shown: MessageView[];
  outgoing: Outgoing[];
  meId: string;
  canModerate: boolean;
  /** Messages from this seq on were unread when the room opened. */
  unreadFrom: number | null;
  connection: Connection;
  now: number;
  othersActions?: (message: MessageView, author: string) => ReactNode;
  onLoadOlder: () => void;
  /** A message to open the room at: earlier pages load until it is there, then it is scrolled to and marked. */
  focusId?: string;
  onSeen: (seq: number) => void;
  onEditOutgoing: (entry: Outgoing) => void;
}

/**
 * The conversation, newest at the bottom. It stays at the bottom while the reader
 * is there, keeps their place when they scroll up (older pages load above as they
 * near the top), and offers a jump back down when new messages arrive meanwhile.
 */
export function MessageList(props: MessageListProps) {
  const { timeline, shown, outgoing, meId, onLoadOlder, onSeen } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const top = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const before = useRef({ first: undefined as string | undefined, height: 0, outgoing: 0 });
  const [awayAt, setAwayAt] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const newest = newestSeq(timeline.messages);

  const toBottom = () => {
    const el = scroller.current;
    if (el) {
      el.scrollTop = el.scrollHeight;
      atBottom.current = true;
      setAwayAt(null);
    }
  };

  const onScroll = () => {
    const el = scroller.current;
    if (!el) {
      return;
    }
    const bottom = el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM_PX;
    atBottom.current = bottom;
    setAwayAt((away) => (bottom ? null : (away ?? newest)));
    if (bottom) {
      onSeen(newest);
    }
  };

  // Before paint: follow the end, or keep the reader's place when history grows above.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) {
      return;
    }
    const prev = before.current;
    const first = shown[0]?.id;
    const grewAbove = prev.first !== undefined && first !== prev.first && shown.some((m) => m.id === prev.first);
    if (outgoing.length > prev.outgoing) {
      toBottom();
    } else if (grewAbove && !atBottom.current) {
      el.scrollTop += el.scrollHeight - prev.height;
    } else if (atBottom.current) {
      el.scrollTop = el.scrollHeight;
    }
    before.current = { first, height: el.scrollHeight, outgoing: outgoing.length };
  }, [shown, outgoing]);

  // The keyboard opening, the composer growing: still at the end if it was.
  useEffect(() => {
    const el = scroller.current;
    if (!el || typeof ResizeObserver === 'undefined') {
      return;
    }
    const observer = new ResizeObserver(() => {
      if (atBottom.current) {
        el.scrollTop = el.scrollHeight;
      }
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (atBottom.current && newest > 0) {
      onSeen(newest);
    }
    const last = shown[shown.length - 1];
    if (last && last.seq === newest && !isOwn(last, meId) && timeline.live) {
      setAnnouncement(`New message from ${last.author?.displayName ?? 'someone'}`);
    }
  }, [newest, shown, meId, onSeen, timeline.live]);

  useEffect(() => {
    const el = top.current;
    const root = scroller.current;
    if (!el || !root || !timeline.hasOlder || timeline.loadingOlder || timeline.olderError) {
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          onLoadOlder();
        }
      },
      { root, rootMargin: '300px 0px 0px 0px' },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [timeline.hasOlder, timeline.loadingOlder, timeline.olderError, onLoadOlder]);

  // Opened at a message: load earlier pages until it is there, then bring it into view once.
  const focused = useRef<string | null>(null);
  const { focusId } = props;
  useEffect(() => {
    const el = scroller.current;
    if (!focusId || focused.current === focusId || !el || timeline.status !== 'ready') {
      return;
    }
    const target = el.querySelector<HTMLElement>(`[data-message-id="${CSS.escape(focusId)}"]`);
    if (target) {
      focused.current = focusId;
      target.scrollIntoView({ block: 'center' });
      atBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM_PX;
      return;
    }
    if (timeline.hasOlder && !timeline.loadingOlder && !timeline.olderError) {
      onLoadOlder();
    }
  }, [focusId, shown, timeline.status, timeline.hasOlder, timeline.loadingOlder, timeline.olderError, onLoadOlder]);

  const delivered = new Set(shown.map((m) => m.clientMsgId).filter(Boolean));
  const pending = outgoing.filter((e) => !delivered.has(e.clientMsgId));
  // "New" marks the first unread message someone else wrote: never above the reader's own.
  const dividerAt =
    props.unreadFrom === null ? -1 : shown.findIndex((m) => m.seq >= (props.unreadFrom ?? 0) && !isOwn(m, meId));

  return (
    <div className="chat-log-wrap">
      <div ref={scroller} className="chat-log" onScroll={onScroll} role="region" aria-label="Messages" tabIndex={0}>
        <div ref={top} className="chat-log-top">
          {timeline.hasOlder && (
            <button type="button" className="link-button" onClick={onLoadOlder} disabled={timeline.loadingOlder}>
              {timeline.loadingOlder ? 'Loading earlier messages…' : 'Load earlier messages'}
            </button>
          )}
          {timeline.olderError && <p role="alert">{timeline.olderError}</p>}
          {!timeline.hasOlder && timeline.status === 'ready' && (
            <p className="chat-log-start">{shown.length ? 'The start of the conversation' : 'No messages yet.'}</p>
          )}
        </div>
        <ol className="message-list">
          {shown.map((message, index) => (
            <MessageRow
              key={message.id}
              divider={index === dividerAt}
              day={
                index === 0 || localDayKey(shown[index - 1].createdAt) !== localDayKey(message.createdAt)
                  ? formatChatDay(message.createdAt, props.now)
                  : null
              }
              {...props}
              message={message}
            />
          ))}
          {pending.map((entry) => (
            <OutgoingItem
              key={entry.clientMsgId}
              entry={entry}
              connection={props.connection}
              onEdit={props.onEditOutgoing}
            />
          ))}
        </ol>
      </div>
      {awayAt !== null && (
        <button type="button" className="jump-latest" onClick={toBottom}>
          {newest > awayAt ? 'New messages ↓' : 'Latest ↓'}
        </button>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}

function MessageRow(props: MessageListProps & { message: MessageView; divider: boolean; day: string | null }) {
  const { message, meId } = props;
  return (
    <>
      {props.day && (
        <li className="date-separator">
          <span role="separator" aria-label={props.day}>
            {props.day}
          </span>
        </li>
      )}
      {props.divider && (
        <li className="unread-divider" aria-hidden="true">
          <span>New</span>
        </li>
      )}
      <MessageItem
        message={message}
        focused={props.focusId === message.id}
        mine={isOwn(message, meId)}
        canModerate={props.canModerate}
        now={props.now}
        othersActions={props.othersActions}
      />
    </>
  );
}
