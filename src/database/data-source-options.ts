import type { DataSourceOptions } from 'typeorm';
import { migrations } from '../../migrations';

/**
 * The one description of Hearth's database connection, used by the app, the
 * migration command and the test harness. Schema comes from migrations only.
 */
export function dataSourceOptions(url: string, overrides: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    extra: {
      max: 20,
      // Fail fast when the database is unreachable rather than queueing forever.
      connectionTimeoutMillis: 5000,
      application_name: 'hearth',
    },
    ...overrides,
  } as DataSourceOptions;
}
