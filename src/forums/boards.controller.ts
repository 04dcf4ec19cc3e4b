import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../access/access.decorator';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/current-user.decorator';
import { CreateThreadDto, ThreadPageQuery } from './forums.dto';
import { ThreadsService } from './threads.service';
import type { BoardView, ThreadPage, ThreadWithSignpost } from '../contract';

@ApiTags('forums')
@ApiBearerAuth()
@Controller('boards')
export class BoardsController {
  constructor(private readonly threads: ThreadsService) {}

  @Authenticated()
  @Get()
  @ApiOperation({ summary: 'Boards the caller can see, with thread counts and last activity' })
  list(@CurrentUser() user: AuthUser): Promise<BoardView[]> {
    return this.threads.listBoards(user);
  }

  @Authenticated()
  @Get(':id')
  @ApiOperation({ summary: 'One board' })
  board(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<BoardView> {
    return this.threads.board(user, id);
  }

  @Authenticated()
  @Get(':id/threads')
  @ApiOperation({ summary: 'Threads, pinned first, then by last activity (keyset pages, stable while people post)' })
  threadsOf(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: ThreadPageQuery,
  ): Promise<ThreadPage> {
    return this.threads.listThreads(user, id, query);
  }

  @Authenticated()
  @Post(':id/threads')
  @ApiOperation({ summary: 'Start a thread' })
  create(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: CreateThreadDto,
  ): Promise<ThreadWithSignpost> {
    return this.threads.create(user, id, dto);
  }
}
