import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

// Any constant works; it only has to be the same for every Hearth process.
const MIGRATION_LOCK = 74_032_611;

/**
 * Runs pending migrations under a PostgreSQL advisory lock, so that several
 * nodes starting together migrate once. Returns the names of the ones applied.
 */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url, { extra: { max: 1 } }));
  await dataSource.initialize();
  try {
    await dataSource.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((m) => m.name);
    } finally {
      await dataSource.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await dataSource.destroy();
  }
}
