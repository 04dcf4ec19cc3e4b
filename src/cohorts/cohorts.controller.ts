import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../access/access.decorator';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/current-user.decorator';
import { CreateCohortDto } from './cohorts.dto';
import { CohortsService } from './cohorts.service';
import type { CohortMemberView, CohortView, StepDownResult } from '../contract';

@ApiTags('cohorts')
@ApiBearerAuth()
@Controller('cohorts')
export class CohortsController {
  constructor(private readonly cohorts: CohortsService) {}

  @Authenticated(['admin', 'clinician'])
  @Post()
  @ApiOperation({ summary: 'Create a cohort with its default room and board' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateCohortDto): Promise<CohortView> {
    return this.cohorts.create(user, dto);
  }

  @Authenticated()
  @Get()
  @ApiOperation({ summary: 'Cohorts visible to the caller' })
  list(@CurrentUser() user: AuthUser): Promise<CohortView[]> {
    return this.cohorts.list(user);
  }

  @Authenticated()
  @Get(':id/members')
  @ApiOperation({ summary: "Members by display name (email for admins and the cohort's clinicians, audited)" })
  members(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<CohortMemberView[]> {
    return this.cohorts.members(user, id);
  }

  @Authenticated(['admin', 'clinician'])
  @Post(':id/members/:userId/step-down')
  @HttpCode(200)
  @ApiOperation({ summary: 'Step a member down to alumni' })
  stepDown(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('userId', new ParseUUIDPipe()) userId: string,
  ): Promise<StepDownResult> {
    return this.cohorts.stepDown(user, id, userId);
  }
}
