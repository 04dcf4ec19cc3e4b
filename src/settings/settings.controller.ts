import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { Authenticated } from '../access/access.decorator';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/current-user.decorator';
import { ProgramSettings, SettingsService } from './settings.service';
import { OptionalField } from '../common/optional';

export class UpdateSettingsDto {
  @ApiPropertyOptional()
  @OptionalField()
  @IsBoolean()
  staffMfaRequired?: boolean;
}

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
  @ApiOperation({ summary: 'Change program settings (admin; audited)' })
  update(@CurrentUser() user: AuthUser, @Body() dto: UpdateSettingsDto): Promise<ProgramSettings> {
    return this.settings.update(user, dto);
  }
}
