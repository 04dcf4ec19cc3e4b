import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { InviteRole } from '../contract';

/** An invite code is never stored, only its SHA-256. */
@Entity('invites')
export class Invite {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { name: 'code_hash' })
  codeHash!: string;

  @Column('uuid', { name: 'cohort_id', nullable: true })
  cohortId!: string | null;

  @Column('text')
  role!: InviteRole;

  @Column('int', { name: 'max_uses' })
  maxUses!: number;

  @Column('int')
  uses!: number;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt!: Date;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;
}
