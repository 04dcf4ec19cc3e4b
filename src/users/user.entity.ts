import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '../contract';

export type UserStatus = 'active' | 'suspended' | 'banned' | 'deleted';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  email!: string;

  /** A pseudonym: the only name peers ever see. */
  @Column('text', { name: 'display_name' })
  displayName!: string;

  @Column('text', { name: 'legal_name', nullable: true })
  legalName!: string | null;

  @Column('text', { name: 'password_hash', select: false })
  passwordHash!: string;

  @Column('text')
  role!: Role;

  @Column('text')
  status!: UserStatus;

  /** When a timed suspension ends. */
  @Column('timestamptz', { name: 'status_until', nullable: true })
  statusUntil!: Date | null;

  @Column('boolean', { name: 'on_duty' })
  onDuty!: boolean;

  /** When a second factor was set up (the secret itself is never loaded into this entity). */
  @Column('timestamptz', { name: 'totp_enabled_at', nullable: true })
  totpEnabledAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
