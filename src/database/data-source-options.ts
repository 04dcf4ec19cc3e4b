import type { DataSourceOptions } from 'typeorm';
import { migrations } from '../../migrations';
import { QueryLogger } from './query-logger';

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
    logger: new QueryLogger(),
    logging: ['error', 'warn'],
    maxQueryExecutionTime: 2000,
    extra: {
      max: 20,
      // Fail fast when the database is unreachable rather than queueing forever.
      connectionTimeoutMillis: 5000,
      application_name: 'hearth',
    },
    ...overrides,
  } as DataSourceOptions;
}
