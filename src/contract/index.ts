/**
 * The wire contract shared by the server and the client (`@hearth/contract`):
 * socket events, acknowledgements, error codes and the views the server sends.
 * Types and `as const` lists only; it imports nothing else from the server.
 */
export * from './errors';
export * from './events';
export * from './views/account';
export * from './views/care';
export * from './views/checkins';
export * from './views/cohorts';
export * from './views/common';
export * from './views/forums';
export * from './views/moderation';
export * from './views/notifications';
export * from './views/people';
export * from './views/rooms';
export * from './views/safety';
