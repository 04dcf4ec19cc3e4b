import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../access/access.decorator';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/current-user.decorator';
import { CreatePostDto, ReactDto, ReactionParams, UpdateThreadDto } from './forums.dto';
import { PostsService } from './posts.service';
import { ThreadsService } from './threads.service';
import type { JsonBytes } from '../common/json-text';
import type { PostEditView, PostWithSignpost, ThreadView, ThreadWithSignpost, ThreadWithPosts } from '../contract';

@ApiTags('forums')
@ApiBearerAuth()
@Controller('threads')
export class ThreadsController {
  constructor(
    private readonly threads: ThreadsService,
    private readonly posts: PostsService,
  ) {}

  @Authenticated()
  @Post(':id/reactions')
  @HttpCode(200)
  @ApiOperation({
    summary: 'React to the opening words (heart, hug, strength, thanks); reacting again changes nothing',
  })
  react(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: ReactDto,
  ): Promise<ThreadView> {
    return this.threads.react(user, id, dto.kind, true);
  }

  @Authenticated()
  @Delete(':id/reactions/:kind')
  @ApiOperation({ summary: 'Take a reaction to the opening words back (idempotent)' })
  unreact(@CurrentUser() user: AuthUser, @Param() params: ReactionParams): Promise<ThreadView> {
    return this.threads.react(user, params.id, params.kind, false);
  }

  @Authenticated()
  @Get(':id')
  @ApiOperation({ summary: 'A thread and its replies as a tree (parentId, depth), oldest first among siblings' })
  read(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<JsonBytes<ThreadWithPosts>> {
    return this.threads.read(user, id);
  }

  @Authenticated()
  @Patch(':id')
  @ApiOperation({
    summary: 'Pin or lock (staff who moderate the board); edit title, body or content warning (author or staff)',
  })
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: UpdateThreadDto,
  ): Promise<ThreadWithSignpost> {
    return this.threads.update(user, id, dto);
  }

  @Authenticated()
  @Delete(':id')
  @ApiOperation({ summary: 'Remove a thread (soft: its replies stay in place); the author or staff' })
  remove(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<ThreadView> {
    return this.threads.remove(user, id);
  }

  @Authenticated()
  @Post(':id/posts')
  @ApiOperation({ summary: 'Reply to the thread, or to a post in it (parentId)' })
  reply(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: CreatePostDto,
  ): Promise<PostWithSignpost> {
    return this.posts.reply(user, id, dto);
  }

  @Authenticated(['clinician', 'moderator', 'admin'])
  @Get(':id/edits')
  @ApiOperation({ summary: "Edit history of the thread's opening text (staff who moderate the board)" })
  edits(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<PostEditView[]> {
    return this.threads.edits(user, id);
  }
}
