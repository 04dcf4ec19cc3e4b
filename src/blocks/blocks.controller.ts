import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../access/access.decorator';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/current-user.decorator';
import { BlockDto } from './blocks.dto';
import { BlocksService } from './blocks.service';
import type { BlockedView } from '../contract';

const PEERS = ['member', 'alumni', 'peer_mentor'] as const;

@ApiTags('safety')
@ApiBearerAuth()
@Controller('blocks')
export class BlocksController {
  constructor(private readonly blocks: BlocksService) {}

  @Authenticated(PEERS)
  @Post()
  @ApiOperation({ summary: 'Block someone: you no longer see each other’s content' })
  block(@CurrentUser() user: AuthUser, @Body() dto: BlockDto): Promise<BlockedView> {
    return this.blocks.block(user, dto.userId);
  }

  @Authenticated(PEERS)
  @Delete(':userId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Unblock' })
  unblock(@CurrentUser() user: AuthUser, @Param('userId', new ParseUUIDPipe()) userId: string): Promise<void> {
    return this.blocks.unblock(user, userId);
  }

  @Authenticated(PEERS)
  @Get()
  @ApiOperation({ summary: 'People I blocked' })
  list(@CurrentUser() user: AuthUser): Promise<BlockedView[]> {
    return this.blocks.list(user);
  }
}
