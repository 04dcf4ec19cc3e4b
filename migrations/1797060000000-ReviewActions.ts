import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A review item can be resolved with several actions at once (hide + mute, one
 * reason): `resolution` keeps the decision about the content (or the one action),
 * `actions` every action taken, in the order applied.
 */
export class ReviewActions1797060000000 implements MigrationInterface {
  name = 'ReviewActions1797060000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE review_items ADD COLUMN actions text[]`);
    await q.query(`UPDATE review_items SET actions = ARRAY[resolution] WHERE resolution IS NOT NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE review_items DROP COLUMN actions`);
  }
}
