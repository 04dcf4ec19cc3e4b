import { Injectable } from '@nestjs/common';
import type { Tx } from '../database/transactions';
import { Transactions } from '../database/transactions';

/** A staff member who may be on the alumni care team. */
export interface CareStaff {
  id: string;
  displayName: string;
  role: 'clinician' | 'admin';
}

/** The program's settings, one JSON value per key, and the staff they name. */
@Injectable()
export class SettingsRepository {
  constructor(private readonly transactions: Transactions) {}

  async stored(tx?: Tx): Promise<Record<string, unknown>> {
    const rows: { key: string; value: unknown }[] = await this.on(tx).query(`SELECT key, value FROM settings`);
    return Object.fromEntries(rows.map((r) => [r.key, r.value]));
  }

  async save(key: string, value: unknown, updatedBy: string, tx: Tx): Promise<void> {
    await tx.query(
      `INSERT INTO settings (key, value, updated_by) VALUES ($1, $2::jsonb, $3)
       ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [key, JSON.stringify(value), updatedBy],
    );
  }

  /** Active clinicians and admins, all of them or those among `ids`, by name. */
  careStaff(ids?: string[], tx?: Tx): Promise<CareStaff[]> {
    return this.on(tx).query(
      `SELECT id, display_name AS "displayName", role FROM users
        WHERE status = 'active' AND role IN ('clinician', 'admin') AND ($1::uuid[] IS NULL OR id = ANY($1::uuid[]))
        ORDER BY display_name`,
      [ids ?? null],
    );
  }

  async activeAdmins(tx?: Tx): Promise<string[]> {
    const rows: { id: string }[] = await this.on(tx).query(
      `SELECT id FROM users WHERE status = 'active' AND role = 'admin' ORDER BY created_at`,
    );
    return rows.map((r) => r.id);
  }

  private on(tx: Tx | undefined): Tx {
    return tx ?? this.transactions.outside;
  }
}
