import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../access/access.decorator';
import { STAFF_ROLES } from '../access/policy';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/current-user.decorator';
import { AlertsQuery, ResolveAlertDto } from './crisis.dto';
import { CrisisService } from './crisis.service';
import type { AlertDetailView, AlertView } from '../contract';

@ApiTags('safety')
@ApiBearerAuth()
@Controller('alerts')
export class CrisisController {
  constructor(private readonly crisis: CrisisService) {}

  @Authenticated(STAFF_ROLES)
  @Get()
  @ApiOperation({ summary: 'Crisis alerts the caller can act on (status=open|acknowledged|resolved|active)' })
  list(@CurrentUser() user: AuthUser, @Query() query: AlertsQuery): Promise<AlertView[]> {
    return this.crisis.list(user, query.status);
  }

  @Authenticated(STAFF_ROLES)
  @Get(':id')
  @ApiOperation({
    summary:
      'One alert with what opens the situation: cohort, where, the messages or posts around the words, earlier alerts and concerns (audited)',
  })
  detail(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<AlertDetailView> {
    return this.crisis.detail(user, id);
  }

  @Authenticated(STAFF_ROLES)
  @Post(':id/ack')
  @HttpCode(200)
  @ApiOperation({ summary: 'Acknowledge an alert: you are on it (stops escalation)' })
  acknowledge(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<AlertView> {
    return this.crisis.acknowledge(user, id);
  }

  @Authenticated(STAFF_ROLES)
  @Post(':id/resolve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Record what was done (audited)' })
  resolve(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: ResolveAlertDto,
  ): Promise<AlertView> {
    return this.crisis.resolve(user, id, dto.outcome, dto.note);
  }
}
