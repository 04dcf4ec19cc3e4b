import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { SpaceKind } from '../access/policy';
import type { FlagReason, Resolution, ReviewSource, TargetType } from '../contract';

/** Every report about one target, gathered into one thing to review. */
@Entity('review_items')
export class ReviewItem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text', { name: 'target_type' })
  targetType!: TargetType;

  @Column('uuid', { name: 'target_id' })
  targetId!: string;

  @Column('uuid', { name: 'author_id', nullable: true })
  authorId!: string | null;

  @Column('uuid', { name: 'cohort_id', nullable: true })
  cohortId!: string | null;

  @Column('text', { name: 'space_kind', nullable: true })
  spaceKind!: SpaceKind | null;

  @Column('text')
  status!: 'open' | 'resolved';

  @Column('boolean')
  urgent!: boolean;

  @Column('int')
  score!: number;

  /** Count of flags per reason. */
  @Column('jsonb')
  reasons!: Partial<Record<FlagReason, number>>;

  @Column('text', { array: true })
  sources!: ReviewSource[];

  @Column('boolean', { name: 'auto_hidden' })
  autoHidden!: boolean;

  @Column('timestamptz', { name: 'escalated_at', nullable: true })
  escalatedAt!: Date | null;

  @Column('uuid', { name: 'claimed_by', nullable: true })
  claimedBy!: string | null;

  @Column('timestamptz', { name: 'claimed_at', nullable: true })
  claimedAt!: Date | null;

  @Column('uuid', { name: 'resolved_by', nullable: true })
  resolvedBy!: string | null;

  @Column('timestamptz', { name: 'resolved_at', nullable: true })
  resolvedAt!: Date | null;

  @Column('text', { nullable: true })
  resolution!: Resolution | null;

  /** Every action of the resolution, in the order applied (several at once: hide + mute). */
  @Column('text', { array: true, nullable: true })
  actions!: Resolution[] | null;

  @Column('text', { name: 'resolution_reason', nullable: true })
  resolutionReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
