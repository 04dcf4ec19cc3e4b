import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../access/access.decorator';
import { STAFF_ROLES } from '../access/policy';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/current-user.decorator';
import { SetDutyDto } from './staff.dto';
import { StaffService } from './staff.service';
import type { DutyView } from '../contract';

@ApiTags('safety')
@ApiBearerAuth()
@Controller('staff/duty')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Authenticated(STAFF_ROLES)
  @Put()
  @ApiOperation({ summary: 'Mark yourself on or off duty (staff)' })
  setDuty(@CurrentUser() user: AuthUser, @Body() dto: SetDutyDto): Promise<DutyView> {
    return this.staff.setDuty(user, dto.onDuty);
  }

  @Authenticated()
  @Get()
  @ApiOperation({ summary: 'Staff coverage: whether anyone looking after your spaces is on duty now' })
  duty(@CurrentUser() user: AuthUser): Promise<DutyView> {
    return this.staff.duty(user);
  }
}
