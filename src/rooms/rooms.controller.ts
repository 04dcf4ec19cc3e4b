import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated } from '../access/access.decorator';
import { STAFF_ROLES } from '../access/policy';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/current-user.decorator';
import { EditMessageBody, HistoryQuery, ReadBody, SendMessageBody, SlowModeDto } from './rooms.dto';
import { HistoryService } from './history.service';
import { MessagesService } from './messages.service';
import { RoomsService } from './rooms.service';
import type { MessageEditView, MessageView, MessageWithSignpost, RoomView } from '../contract';

@ApiTags('rooms')
@ApiBearerAuth()
@Controller('rooms')
export class RoomsController {
  constructor(
    private readonly rooms: RoomsService,
    private readonly messages: MessagesService,
    private readonly messageHistory: HistoryService,
  ) {}

  @Authenticated()
  @Get()
  @ApiOperation({ summary: 'Rooms the caller can see, with their newest seq and unread counts (up to 100)' })
  list(@CurrentUser() user: AuthUser): Promise<RoomView[]> {
    return this.rooms.list(user);
  }

  @Authenticated()
  @Get(':id')
  @ApiOperation({ summary: 'One room' })
  get(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<RoomView> {
    return this.rooms.get(user, id);
  }

  @Authenticated(STAFF_ROLES)
  @Patch(':id')
  @ApiOperation({ summary: 'Slow mode: seconds each member waits between messages here (staff who moderate the room)' })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: SlowModeDto,
  ): Promise<RoomView> {
    return this.rooms.setSlowMode(user, id, dto.slowModeSeconds);
  }

  @Authenticated()
  @Get(':id/messages')
  @ApiOperation({
    summary: 'Messages in seq order (keyset: before or after a seq, limit ≤ 100); with neither, the newest',
  })
  @ApiHeader({ name: 'X-Has-More', description: 'true when more messages exist in the direction asked' })
  async history(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: HistoryQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<MessageView[]> {
    const page = await this.messageHistory.history(user, id, query);
    res.setHeader('X-Has-More', String(page.hasMore));
    return page.messages;
  }

  @Authenticated()
  @Post(':id/messages')
  @ApiOperation({ summary: 'Send a message (same rules as message:send; the same clientMsgId returns the first one)' })
  send(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: SendMessageBody,
  ): Promise<MessageWithSignpost> {
    return this.messages.send(user, id, dto);
  }

  @Authenticated()
  @Post(':id/read')
  @HttpCode(204)
  @ApiOperation({ summary: 'Move the read marker forward to seq' })
  async read(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: ReadBody,
  ): Promise<void> {
    await this.rooms.markRead(user, id, dto.seq);
  }
}

@ApiTags('rooms')
@ApiBearerAuth()
@Controller('messages')
export class MessagesController {
  constructor(private readonly messages: MessagesService) {}

  @Authenticated()
  @Patch(':id')
  @ApiOperation({ summary: 'Edit your own message within 15 minutes; the previous text is kept for moderators' })
  edit(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: EditMessageBody,
  ): Promise<MessageWithSignpost> {
    return this.messages.edit(user, id, dto);
  }

  @Authenticated()
  @Delete(':id')
  @ApiOperation({ summary: 'Delete a message (your own; staff who moderate the room: any)' })
  remove(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<MessageView> {
    return this.messages.remove(user, id);
  }

  @Authenticated(STAFF_ROLES)
  @Get(':id/edits')
  @ApiOperation({ summary: 'Edit history of a message (staff who moderate the room)' })
  edits(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<MessageEditView[]> {
    return this.messages.edits(user, id);
  }
}
