import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../access/access.decorator';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/current-user.decorator';
import { EditPostDto, ReactDto, ReactionParams } from './forums.dto';
import { PostsService } from './posts.service';
import type { PostEditView, PostView, PostWithSignpost } from '../contract';

@ApiTags('forums')
@ApiBearerAuth()
@Controller('posts')
export class PostsController {
  constructor(private readonly posts: PostsService) {}

  @Authenticated()
  @Patch(':id')
  @ApiOperation({ summary: 'Edit a post (own; staff: any); the previous text is kept for moderators' })
  edit(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: EditPostDto,
  ): Promise<PostWithSignpost> {
    return this.posts.edit(user, id, dto);
  }

  @Authenticated()
  @Delete(':id')
  @ApiOperation({ summary: 'Remove a post (own; staff: any): it stays in the tree as "[removed]"' })
  remove(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<PostView> {
    return this.posts.remove(user, id);
  }

  @Authenticated()
  @Post(':id/reactions')
  @HttpCode(200)
  @ApiOperation({ summary: 'React (heart, hug, strength, thanks); reacting again changes nothing' })
  react(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: ReactDto,
  ): Promise<PostView> {
    return this.posts.react(user, id, dto.kind);
  }

  @Authenticated()
  @Delete(':id/reactions/:kind')
  @ApiOperation({ summary: 'Take a reaction back (idempotent)' })
  unreact(@CurrentUser() user: AuthUser, @Param() params: ReactionParams): Promise<PostView> {
    return this.posts.unreact(user, params.id, params.kind);
  }

  @Authenticated(['clinician', 'moderator', 'admin'])
  @Get(':id/edits')
  @ApiOperation({ summary: 'Edit history of a post (staff who moderate the board)' })
  edits(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<PostEditView[]> {
    return this.posts.edits(user, id);
  }
}
