import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SanctionKind } from '../contract';

@Entity('sanctions')
export class Sanction {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('text')
  kind!: SanctionKind;

  /** Told to the person, so written for them. */
  @Column('text')
  reason!: string;

  @Column('uuid', { name: 'review_item_id', nullable: true })
  reviewItemId!: string | null;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy!: string | null;

  @Column('timestamptz', { name: 'starts_at', default: () => 'now()' })
  startsAt!: Date;

  @Column('timestamptz', { name: 'ends_at', nullable: true })
  endsAt!: Date | null;

  @Column('timestamptz', { name: 'lifted_at', nullable: true })
  liftedAt!: Date | null;

  @Column('uuid', { name: 'lifted_by', nullable: true })
  liftedBy!: string | null;
}
