import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../access/auth-user';
import { AuditService } from '../audit/audit.service';
import type { ProgramSettings } from '../contract';

const DEFAULTS: ProgramSettings = { staffMfaRequired: false };
// Read on every staff request; other nodes see a change within this time.
const CACHE_MS = 10_000;

@Injectable()
export class SettingsService {
  private cached?: { at: number; value: ProgramSettings };

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(): Promise<ProgramSettings> {
    if (!this.cached || Date.now() - this.cached.at > CACHE_MS) {
      const rows: { key: string; value: unknown }[] = await this.dataSource.query(`SELECT key, value FROM settings`);
      const stored = Object.fromEntries(rows.map((r) => [r.key, r.value])) as Partial<ProgramSettings>;
      this.cached = { at: Date.now(), value: { ...DEFAULTS, ...stored } };
    }
    return this.cached.value;
  }

  /** Forgets the cached copy, so that the next read sees a change made on another node or by hand. */
  forget(): void {
    this.cached = undefined;
  }

  async update(user: AuthUser, changes: Partial<ProgramSettings>): Promise<ProgramSettings> {
    await this.dataSource.transaction(async (manager) => {
      for (const [key, value] of Object.entries(changes)) {
        await manager.query(
          `INSERT INTO settings (key, value, updated_by) VALUES ($1, $2::jsonb, $3)
           ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_by = EXCLUDED.updated_by, updated_at = now()`,
          [key, JSON.stringify(value), user.id],
        );
      }
      await this.audit.record({ actorId: user.id, action: 'settings.changed', details: changes }, manager);
    });
    this.forget();
    return this.get();
  }
}
