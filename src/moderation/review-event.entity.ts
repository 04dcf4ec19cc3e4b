import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The history of one review item: flagged, auto-hidden, claimed, resolved, appealed. */
@Entity('review_events')
export class ReviewEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column('uuid', { name: 'review_item_id' })
  reviewItemId!: string;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId!: string | null;

  @Column('text')
  action!: string;

  @Column('jsonb')
  details!: Record<string, unknown>;

  @Column('timestamptz', { default: () => 'now()' })
  at!: Date;
}
