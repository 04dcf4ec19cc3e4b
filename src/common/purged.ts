/** What replaces a person's words when, deleting their account, they ask for them to be purged. */
export const PURGED = '[removed]';
