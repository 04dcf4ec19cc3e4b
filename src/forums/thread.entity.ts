import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ContentStatus } from '../contract';

/** A thread: its title and opening text (`body`) live here; replies are posts. */
@Entity('threads')
export class Thread {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'board_id' })
  boardId!: string;

  @Column('uuid', { name: 'author_id' })
  authorId!: string;

  @Column('text')
  title!: string;

  @Column('text')
  body!: string;

  @Column('text', { name: 'content_warning', nullable: true })
  contentWarning!: string | null;

  @Column('text')
  status!: ContentStatus;

  @Column('timestamptz', { name: 'pinned_at', nullable: true })
  pinnedAt!: Date | null;

  @Column('timestamptz', { name: 'locked_at', nullable: true })
  lockedAt!: Date | null;

  @Column('uuid', { name: 'removed_by', nullable: true })
  removedBy!: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'edited_at', nullable: true })
  editedAt!: Date | null;

  @Column('timestamptz', { name: 'last_activity_at' })
  lastActivityAt!: Date;

  // `search` (a generated tsvector) is read by the search repository's SQL only.
}
