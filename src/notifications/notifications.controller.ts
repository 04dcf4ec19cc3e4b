import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../access/access.decorator';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/current-user.decorator';
import { ListNotificationsQuery, MarkReadDto } from './notifications.dto';
import { NotificationsService } from './notifications.service';
import type { NotificationList } from '../contract';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Authenticated()
  @Get()
  @ApiOperation({ summary: 'My notifications, newest first, with the unread count' })
  list(@CurrentUser() user: AuthUser, @Query() query: ListNotificationsQuery): Promise<NotificationList> {
    return this.notifications.list(user, query.limit);
  }

  @Authenticated()
  @Post('read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark notifications read (all when ids is omitted)' })
  markRead(@CurrentUser() user: AuthUser, @Body() dto: MarkReadDto): Promise<{ unreadCount: number }> {
    return this.notifications.markRead(user, dto.ids);
  }
}
