import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../access/access.decorator';
import { STAFF_ROLES } from '../access/policy';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/current-user.decorator';
import { LogQuery } from './audit.dto';
import { AuditService } from './audit.service';
import type { AuditPage } from '../contract';

@ApiTags('moderation')
@ApiBearerAuth()
@Controller('moderation/log')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Authenticated(STAFF_ROLES)
  @Get()
  @ApiOperation({ summary: 'The append-only audit log, newest first (clinicians: their cohorts)' })
  log(@CurrentUser() user: AuthUser, @Query() query: LogQuery): Promise<AuditPage> {
    return this.audit.page(user, query.cursor, query.limit ?? 50);
  }
}
