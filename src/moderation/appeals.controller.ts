import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../access/access.decorator';
import { STAFF_ROLES } from '../access/policy';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/current-user.decorator';
import { AppealsQuery, CreateAppealDto, DecideAppealDto } from './appeals.dto';
import { AppealsService } from './appeals.service';
import type { AppealView, MyModerationHistory, StaffAppealView } from '../contract';

@ApiTags('moderation')
@ApiBearerAuth()
@Controller()
export class AppealsController {
  constructor(private readonly appeals: AppealsService) {}

  @Authenticated()
  @Get('moderation/mine')
  @ApiOperation({ summary: 'My moderation history: sanctions on me and decisions about my content, with appeals' })
  mine(@CurrentUser() user: AuthUser): Promise<MyModerationHistory> {
    return this.appeals.mine(user);
  }

  @Authenticated()
  @Post('appeals')
  @ApiOperation({ summary: 'Appeal a decision about you, once' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateAppealDto): Promise<AppealView> {
    return this.appeals.create(user, dto);
  }

  @Authenticated(STAFF_ROLES)
  @Get('appeals')
  @ApiOperation({ summary: 'Appeals the caller may decide' })
  list(@CurrentUser() user: AuthUser, @Query() query: AppealsQuery): Promise<StaffAppealView[]> {
    return this.appeals.list(user, query.status);
  }

  @Authenticated(STAFF_ROLES)
  @Post('appeals/:id/decide')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decide an appeal (not by the person who made the original decision)' })
  decide(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: DecideAppealDto,
  ): Promise<StaffAppealView> {
    return this.appeals.decide(user, id, dto);
  }
}
