import { useState } from 'react';
import { formatMoment } from '../../../lib/dates';
import { useTitle } from '../../../lib/title';
import { useLoad } from '../../../lib/useLoad';
import { fetchMyHistory } from '../api';
import { HistoryEntry, untilWords } from './HistoryEntry';

const SANCTION_WORDS = { warn: 'Warning', mute: 'Muted', suspend: 'Suspended', ban: 'Banned' };
/** Decisions about content; warnings, mutes, suspensions and bans are listed (and appealed) as restrictions. */
const CONTENT_WORDS: Record<string, string> = {
  hide: 'Hidden by a moderator',
  remove: 'Removed by a moderator',
  content_warning: 'Content warning added',
};
const TARGET_WORDS: Record<string, string> = { message: 'Your message', post: 'Your post', thread: 'Your thread' };

/** What moderators decided about me and my content, why, and a way to ask for another look. */
export function MyModerationPage() {
  useTitle('Moderation history');
  const [history, reload] = useLoad(fetchMyHistory, 'mine');
  const [notice, setNotice] = useState('');
  const changed = (text: string) => {
    setNotice(text);
    reload();
  };

  return (
    <section className="card" aria-labelledby="mine-title">
      <h1 id="mine-title">My moderation history</h1>
      <p className="item-meta">
        If a moderator acts on something you wrote or on your account, it shows here with the reason. You can appeal
        each decision once.
      </p>
      <div role="status">{notice && <p className="notice">{notice}</p>}</div>
      {history.kind === 'loading' && <p aria-live="polite">Loading…</p>}
      {history.kind === 'failed' && <p role="alert">{history.message}</p>}
      {history.kind === 'ready' && (
        <>
          <h2>Restrictions on your account</h2>
          {history.data.sanctions.length === 0 ? (
            <p>None.</p>
          ) : (
            <ul className="item-list">
              {history.data.sanctions.map((s) => (
                <HistoryEntry
                  key={s.id}
                  title={SANCTION_WORDS[s.kind]}
                  when={untilWords(s)}
                  reason={s.reason}
                  active={s.active}
                  appeal={s.appeal}
                  about={{ sanctionId: s.id }}
                  onChange={changed}
                />
              ))}
            </ul>
          )}
          <h2>Decisions about your posts and messages</h2>
          {history.data.decisions.filter((d) => d.action in CONTENT_WORDS).length === 0 ? (
            <p>None.</p>
          ) : (
            <ul className="item-list">
              {history.data.decisions
                .filter((d) => d.action in CONTENT_WORDS)
                .map((d) => (
                  <HistoryEntry
                    key={d.reviewItemId}
                    title={`${TARGET_WORDS[d.targetType] ?? 'Your content'}: ${CONTENT_WORDS[d.action].toLowerCase()}`}
                    when={d.at ? formatMoment(d.at) : ''}
                    reason={d.reason}
                    appeal={d.appeal}
                    about={{ reviewItemId: d.reviewItemId }}
                    onChange={changed}
                  />
                ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
