import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One line of the append-only audit log (the database refuses UPDATE and DELETE).
 * Details hold ids and reasons, never message bodies or personal data.
 */
@Entity('audit_log')
export class AuditEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column('timestamptz', { default: () => 'now()' })
  at!: Date;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Column('text')
  action!: string;

  @Column('text', { name: 'target_type', nullable: true })
  targetType!: string | null;

  @Column('uuid', { name: 'target_id', nullable: true })
  targetId!: string | null;

  @Column('uuid', { name: 'cohort_id', nullable: true })
  cohortId!: string | null;

  @Column('jsonb')
  details!: Record<string, unknown>;
}
