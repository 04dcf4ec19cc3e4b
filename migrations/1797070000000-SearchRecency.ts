import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search ranks the newest matches (forums/search.repository.ts): walking threads and
 * posts newest first stops after the candidates it needs, however common the words.
 */
export class SearchRecency1797070000000 implements MigrationInterface {
  name = 'SearchRecency1797070000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX threads_created ON threads (created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX posts_created ON posts (created_at DESC, id DESC)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX posts_created`);
    await q.query(`DROP INDEX threads_created`);
  }
}
