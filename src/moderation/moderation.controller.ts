import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../access/access.decorator';
import { STAFF_ROLES } from '../access/policy';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/current-user.decorator';
import type { FlagReceipt, ModerationStats, PeerHideResult, ReviewHistoryEntry, ReviewItemView } from '../contract';
import { CreateFlagDto, PeerHideDto, QueueQuery, ResolveDto, StaffActDto } from './moderation.dto';
import { ReportsService } from './reports.service';
import { ReviewService } from './review.service';
import { StatsService } from './stats.service';

@ApiTags('moderation')
@ApiBearerAuth()
@Controller()
export class ModerationController {
  constructor(
    private readonly review: ReviewService,
    private readonly reports: ReportsService,
    private readonly statsService: StatsService,
  ) {}

  @Authenticated()
  @Post('flags')
  @ApiOperation({
    summary: 'Report a message, post, thread or person (once per target; reporters stay anonymous to peers)',
  })
  flag(@CurrentUser() user: AuthUser, @Body() dto: CreateFlagDto): Promise<FlagReceipt> {
    return this.reports.flag(user, dto);
  }

  @Authenticated(STAFF_ROLES)
  @Get('moderation/queue')
  @ApiOperation({ summary: 'Review items the caller can act on, urgent first, then score, then age' })
  queue(@CurrentUser() user: AuthUser, @Query() query: QueueQuery): Promise<ReviewItemView[]> {
    return this.review.queue(user, query.status ?? 'pending', query.limit);
  }

  @Authenticated(STAFF_ROLES)
  @Post('moderation/queue/:id/claim')
  @HttpCode(200)
  @ApiOperation({ summary: 'Claim an item so that others see it is being reviewed' })
  claim(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<ReviewItemView> {
    return this.review.claim(user, id);
  }

  @Authenticated(STAFF_ROLES)
  @Post('moderation/queue/:id/resolve')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Resolve with an action, or several at once (`actions`: e.g. hide + mute), and one reason (recorded, and told to the author); all or nothing',
  })
  resolve(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: ResolveDto,
  ): Promise<ReviewItemView> {
    return this.review.resolveCase(user, id, dto);
  }

  @Authenticated(STAFF_ROLES)
  @Post('moderation/act')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Act on a message, post, thread or person directly (hide, remove, mute for…, suspend; several at once), recorded as a resolved review item',
  })
  act(@CurrentUser() user: AuthUser, @Body() dto: StaffActDto): Promise<ReviewItemView> {
    return this.review.act(user, dto);
  }

  @Authenticated(STAFF_ROLES)
  @Get('moderation/queue/:id/history')
  @ApiOperation({ summary: "An item's history: flags, hides, claims, resolution" })
  history(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<ReviewHistoryEntry[]> {
    return this.review.history(user, id);
  }

  @Authenticated(STAFF_ROLES)
  @Get('moderation/stats')
  @ApiOperation({
    summary: 'Open alerts and their age, median time to acknowledge and resolve (7 and 30 days), queue by reason',
  })
  stats(@CurrentUser() user: AuthUser): Promise<ModerationStats> {
    return this.statsService.stats(user);
  }

  @Authenticated(['peer_mentor', ...STAFF_ROLES])
  @Post('moderation/hide')
  @HttpCode(200)
  @ApiOperation({ summary: 'Hide content pending staff review (peer mentors: in spaces they belong to)' })
  hide(@CurrentUser() user: AuthUser, @Body() dto: PeerHideDto): Promise<PeerHideResult> {
    return this.reports.peerHide(user, dto.targetType, dto.targetId, dto.reason);
  }
}
