import type { MigrationInterface } from 'typeorm';

/**
 * Every migration, oldest first. `npm run migration:generate -- Name` writes a new
 * file beside this one and adds it here; never edit a migration once committed.
 */
export const migrations: (new () => MigrationInterface)[] = [];
