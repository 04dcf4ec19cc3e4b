import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../access/access.decorator';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/current-user.decorator';
import { UpdateSettingsDto } from './settings.dto';
import { SettingsService } from './settings.service';
import type { CareStaffView, ProgramSettings } from '../contract';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/settings')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Authenticated(['admin'])
  @Get()
  @ApiOperation({ summary: 'Program settings (admin)' })
  get(): Promise<ProgramSettings> {
    return this.settings.get();
  }

  @Authenticated(['admin'])
  @Put()
  @ApiOperation({ summary: 'Change program settings: only the fields sent change (admin; audited)' })
  update(@CurrentUser() user: AuthUser, @Body() dto: UpdateSettingsDto): Promise<ProgramSettings> {
    return this.settings.update(user, dto);
  }

  @Authenticated(['admin'])
  @Get('care-staff')
  @ApiOperation({ summary: 'Active clinicians and admins, who may be named on the alumni care team (admin)' })
  careStaff(): Promise<CareStaffView[]> {
    return this.settings.careStaff();
  }
}
