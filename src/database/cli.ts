import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { projectRoot } from '../common/paths';
import { validateEnv } from '../config/env';
import { dataSourceOptions } from './data-source-options';
import { openAppDatabase } from './app-database';
import { runMigrations } from './migrate';

/* eslint-disable no-console -- a command-line tool talks on stdout */

const usage = `usage: npm run migration:run
       npm run migration:revert
       npm run migration:generate -- <PascalCaseName>`;

/**
 * Migrations against DATABASE_URL, or against the embedded database in .data/
 * when it is unset (the same one `npm start` uses).
 */
async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  const env = validateEnv(process.env);
  const { url, embedded } = await openAppDatabase(env, (line) => console.log(line));
  try {
    switch (command) {
      case 'run': {
        const applied = await runMigrations(url);
        console.log(applied.length ? `applied: ${applied.join(', ')}` : 'schema is up to date');
        break;
      }
      case 'revert':
        await withDataSource(url, (ds) => ds.undoLastMigration({ transaction: 'each' }));
        console.log('reverted the last migration');
        break;
      case 'generate':
        if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
          throw new Error(`a PascalCase migration name is required\n${usage}`);
        }
        await runMigrations(url);
        await withDataSource(url, (ds) => generate(ds, name));
        break;
      default:
        throw new Error(usage);
    }
  } finally {
    await embedded?.stop();
  }
}

async function withDataSource(url: string, fn: (ds: DataSource) => Promise<unknown>): Promise<void> {
  const ds = new DataSource(
    // One connection and no statement or read timeouts: a revert may legitimately take long.
    dataSourceOptions(url, { entities: [join(projectRoot, 'dist', 'src', '**', '*.entity.js')], extra: { max: 1 } }),
  );
  await ds.initialize();
  try {
    await fn(ds);
  } finally {
    await ds.destroy();
  }
}

/** Writes migrations/<epoch>-<Name>.ts from the entity/schema diff and lists it in migrations/index.ts. */
async function generate(ds: DataSource, name: string): Promise<void> {
  const sql = await ds.driver.createSchemaBuilder().log();
  if (sql.upQueries.length === 0) {
    console.log('no changes: the entities match the schema');
    return;
  }
  const quote = (q: { query: string; parameters?: unknown[] }): string =>
    `    await queryRunner.query(${JSON.stringify(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`;
  const epoch = Date.now();
  const className = `${name}${epoch}`;
  const file = `${epoch}-${name}`;
  const body = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map(quote).join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${sql.downQueries.reverse().map(quote).join('\n')}
  }
}
`;
  const dir = join(projectRoot, 'migrations');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${file}.ts`), body);
  const indexPath = join(dir, 'index.ts');
  const index = readFileSync(indexPath, 'utf8')
    .replace(/(\n\/\*\*\n \* Every migration)/, `import { ${className} } from './${file}';\n$1`)
    .replace(/= \[\];\s*$/, '= [\n];\n')
    .replace(/\];\s*$/, `  ${className},\n];\n`);
  writeFileSync(indexPath, index);
  console.log(`wrote migrations/${file}.ts; read it, edit it by hand where needed, then npm run migration:run`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
