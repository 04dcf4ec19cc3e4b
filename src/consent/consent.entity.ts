import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TermsAudience } from '../contract';

/** One acceptance of one version of the terms, kept as the record of consent. */
@Entity('consents')
export class Consent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('text')
  audience!: TermsAudience;

  @Column('text')
  version!: string;

  @Column('timestamptz', { name: 'accepted_at', default: () => 'now()' })
  acceptedAt!: Date;
}
