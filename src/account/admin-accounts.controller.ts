import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../access/access.decorator';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/current-user.decorator';
import { AdminDeleteAccountDto } from './account.dto';
import { PrivacyService } from './privacy.service';
import type { AccountExport } from '../contract';

/** Admins act on a person's request (by phone, in person): export or delete their account. Audited. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('users')
export class AdminAccountsController {
  constructor(private readonly privacy: PrivacyService) {}

  @Authenticated(['admin'])
  @Get(':id/export')
  @ApiOperation({ summary: "A person's data export, at their request (admin; audited)" })
  export(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<AccountExport> {
    return this.privacy.exportFor(user, id);
  }

  @Authenticated(['admin'])
  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: "Delete a person's account at their request (admin; audited)" })
  delete(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: AdminDeleteAccountDto,
  ): Promise<void> {
    return this.privacy.deleteFor(user, id, dto.purgeContent ?? false, dto.reason);
  }
}
