import type { MigrationInterface } from 'typeorm';
import { Identity1795740000000 } from './1795740000000-Identity';
import { Forums1795760000000 } from './1795760000000-Forums';

/**
 * Every migration, oldest first. `npm run migration:generate -- Name` writes a new
 * file beside this one and adds it here; never edit a migration once committed.
 */
export const migrations: (new () => MigrationInterface)[] = [Identity1795740000000, Forums1795760000000];
