import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ContentStatus } from '../contract';

/** A reply in a thread; `path` holds the seq of every ancestor and its own (tree order). */
@Entity('posts')
export class Post {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'thread_id' })
  threadId!: string;

  @Column('uuid', { name: 'parent_id', nullable: true })
  parentId!: string | null;

  @Column('uuid', { name: 'author_id' })
  authorId!: string;

  @Column('bigint')
  seq!: string;

  @Column('bigint', { array: true })
  path!: string[];

  @Column('integer')
  depth!: number;

  @Column('text')
  body!: string;

  @Column('text', { name: 'content_warning', nullable: true })
  contentWarning!: string | null;

  @Column('text')
  status!: ContentStatus;

  @Column('uuid', { name: 'removed_by', nullable: true })
  removedBy!: string | null;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'edited_at', nullable: true })
  editedAt!: Date | null;
}
