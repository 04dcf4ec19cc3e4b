import { MigrationInterface, QueryRunner } from 'typeorm';

/** A phone the program keeps on file for each person who gives one, so that whoever is paged can reach them. */
export class ContactDetails1796603613117 implements MigrationInterface {
  name = 'ContactDetails1796603613117';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE contact_details (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        phone text NOT NULL CHECK (length(phone) BETWEEN 7 AND 32),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE contact_details`);
  }
}
