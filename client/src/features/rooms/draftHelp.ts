import { createContext, ReactNode } from 'react';

/**
 * The app's draft-time help for the editor of one's own message (the composer takes
 * RoomPage's `draftHelp`), provided by the app around the room page.
 */
export const DraftHelpContext = createContext<((draft: string) => ReactNode) | undefined>(undefined);
