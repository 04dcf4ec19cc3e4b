import { DraftSignpost, useDraftSafetyCheck } from '../features/safety';

/**
 * Draft-time signposting for any composer (rooms, forums), composed here so that
 * those features need not import the safety feature: a composer takes a slot such
 * as `below={(draft) => <DraftSafety draft={draft} />}` and renders it under its textarea.
 */
export function DraftSafety({ draft }: { draft: string }) {
  return <DraftSignpost help={useDraftSafetyCheck(draft)} />;
}
