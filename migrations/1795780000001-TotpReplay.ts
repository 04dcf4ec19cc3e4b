import { MigrationInterface, QueryRunner } from 'typeorm';

/** The last accepted TOTP time step, so a code cannot be used twice. */
export class TotpReplay1795780000001 implements MigrationInterface {
  name = 'TotpReplay1795780000001';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN totp_last_step bigint`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN totp_last_step`);
  }
}
