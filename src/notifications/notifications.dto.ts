import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsUUID, Max, Min } from 'class-validator';
import type { NotificationKind } from './notification.entity';
import { OptionalField } from '../common/optional';

export class ListNotificationsQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @OptionalField()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

export class MarkReadDto {
  @ApiPropertyOptional({ description: 'Notifications to mark read; all of them when omitted' })
  @OptionalField()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  ids?: string[];
}

/**
 * What the app shows: who and where, never the program or a diagnosis. `excerpt`
 * and `threadTitle` are for the in-app list only, and null once the content is
 * no longer visible.
 */
export interface NotificationView {
  id: string;
  kind: NotificationKind;
  actor: { id: string; displayName: string } | null;
  threadId: string | null;
  postId: string | null;
  threadTitle: string | null;
  excerpt: string | null;
  /** For moderation notices: what happened and why, in plain words. */
  text: string | null;
  /** Where in the app to read more (e.g. /moderation/mine). */
  link: string | null;
  createdAt: string;
  read: boolean;
}

export interface NotificationList {
  notifications: NotificationView[];
  unreadCount: number;
}
