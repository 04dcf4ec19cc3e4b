import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../access/access.decorator';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/current-user.decorator';
import { ConcernsQuery, ResolveConcernDto } from './concerns.dto';
import { ConcernsService } from './concerns.service';
import type { ConcernView } from '../contract';

// Care-team records: clinicians (for the people they look after) and admins; never moderators.
const CARE_ROLES = ['clinician', 'admin'] as const;

@ApiTags('safety')
@ApiBearerAuth()
@Controller('concerns')
export class ConcernsController {
  constructor(private readonly concerns: ConcernsService) {}

  @Authenticated(CARE_ROLES)
  @Get()
  @ApiOperation({ summary: 'Wellbeing concerns about the people the caller looks after, newest first' })
  list(@CurrentUser() user: AuthUser, @Query() query: ConcernsQuery): Promise<ConcernView[]> {
    return this.concerns.list(user, query.status);
  }

  @Authenticated(CARE_ROLES)
  @Post(':id/take')
  @HttpCode(200)
  @ApiOperation({ summary: 'Take a concern: it is yours to follow up (it no longer goes to the admins after a day)' })
  take(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<ConcernView> {
    return this.concerns.take(user, id);
  }

  @Authenticated(CARE_ROLES)
  @Post(':id/resolve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record what was done about a concern (audited)' })
  resolve(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: ResolveConcernDto,
  ): Promise<ConcernView> {
    return this.concerns.resolve(user, id, dto.outcome, dto.note);
  }
}
