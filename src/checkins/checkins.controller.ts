import { Body, Controller, Get, Header, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated } from '../access/access.decorator';
import type { AuthUser } from '../access/auth-user';
import { JSON_CONTENT_TYPE, type JsonText } from '../common/json-text';
import { CurrentUser } from '../access/current-user.decorator';
import { CheckinDaysQuery, CheckinDto } from './checkins.dto';
import { CheckinsService } from './checkins.service';
import type { CheckinSaved, CheckinView, CohortCheckins, PersonCheckins } from '../contract';

// The people in the program's care check in; staff do not.
const CHECKIN_ROLES = ['member', 'alumni', 'peer_mentor'] as const;

@ApiTags('checkins')
@ApiBearerAuth()
@Controller()
export class CheckinsController {
  constructor(private readonly checkins: CheckinsService) {}

  @Authenticated(CHECKIN_ROLES)
  @Post('checkins')
  @ApiOperation({
    summary:
      "Today's check-in (program time zone): 201, or 200 when it replaces today's; read by the care team in working hours",
  })
  async checkIn(
    @CurrentUser() user: AuthUser,
    @Body() dto: CheckinDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CheckinSaved> {
    const saved = await this.checkins.checkIn(user, dto);
    res.status(saved.replaced ? 200 : 201);
    return saved;
  }

  @Authenticated()
  @Get('checkins/me')
  @ApiOperation({ summary: 'My check-ins of the last `days` days, newest first' })
  mine(@CurrentUser() user: AuthUser, @Query() query: CheckinDaysQuery): Promise<CheckinView[]> {
    return this.checkins.mine(user, query.days);
  }

  @Authenticated()
  @Get('cohorts/:id/checkins')
  // The grid's JSON comes built from PostgreSQL (common/json-text.ts).
  @Header('Content-Type', JSON_CONTENT_TYPE)
  @ApiOperation({
    summary:
      "A cohort's check-ins: every field for its care team (audited); for its members, how many checked in today and the moods shared with the cohort",
  })
  cohort(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: CheckinDaysQuery,
  ): Promise<JsonText<CohortCheckins>> {
    return this.checkins.forCohort(user, id, query.days);
  }

  @Authenticated()
  @Get('users/:id/checkins')
  @ApiOperation({ summary: "A person's check-ins for their care team (clinicians, admins; audited)" })
  person(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: CheckinDaysQuery,
  ): Promise<PersonCheckins> {
    return this.checkins.forPerson(user, id, query.days);
  }
}
