import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../access/access.decorator';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/current-user.decorator';
import { ContactDto, ContactQuery } from './contact.dto';
import { ContactService } from './contact.service';
import type { ContactView } from '../contract';

// Every role may call these; who may see or set whose phone is decided per person (404 otherwise).
@ApiTags('account')
@ApiBearerAuth()
@Controller()
export class ContactController {
  constructor(private readonly contacts: ContactService) {}

  @Authenticated()
  @Get('me/contact')
  @ApiOperation({ summary: 'The phone the program keeps on file for me' })
  mine(@CurrentUser() user: AuthUser): Promise<ContactView> {
    return this.contacts.contactFor(user, user.id);
  }

  @Authenticated()
  @Put('me/contact')
  @HttpCode(204)
  @ApiOperation({ summary: 'Set or clear (null) the phone my care team can reach me on in a crisis' })
  setMine(@CurrentUser() user: AuthUser, @Body() dto: ContactDto): Promise<void> {
    return this.contacts.set(user, user.id, dto.phone);
  }

  @Authenticated()
  @Get('users/:id/contact')
  @ApiOperation({
    summary: "A person's contact phone: their clinicians, admins, staff paged for an alert about them (audited)",
  })
  read(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: ContactQuery,
  ): Promise<ContactView> {
    return this.contacts.contactFor(user, id, query);
  }

  @Authenticated()
  @Put('users/:id/contact')
  @HttpCode(204)
  @ApiOperation({ summary: "Set or clear (null) a person's contact phone: their clinicians and admins (audited)" })
  set(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: ContactDto,
  ): Promise<void> {
    return this.contacts.set(user, id, dto.phone);
  }
}
