import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../access/access.decorator';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/current-user.decorator';
import { ChangeRoleDto, PeopleQuery, UndoRoleChangeDto } from './users.dto';
import { UsersService } from './users.service';
import type { PersonView, UserRoleView } from '../contract';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Authenticated(['admin'])
  @Get()
  @ApiOperation({ summary: 'Find people by name or email, to act on their requests (admin; audited)' })
  directory(@CurrentUser() user: AuthUser, @Query() query: PeopleQuery): Promise<PersonView[]> {
    return this.users.directory(user, query);
  }

  @Authenticated(['admin'])
  @Patch(':id/role')
  @ApiOperation({ summary: "Change a user's role (admin; audited)" })
  changeRole(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: ChangeRoleDto,
  ): Promise<UserRoleView> {
    return this.users.changeRole(user, id, dto.role);
  }

  @Authenticated(['admin'])
  @Post(':id/role/undo')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Undo a person's latest role change: the earlier role back and the cohorts they left with it rejoined (admin; audited)",
  })
  undoRoleChange(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: UndoRoleChangeDto,
  ): Promise<UserRoleView> {
    return this.users.undoRoleChange(user, id, dto.changeId);
  }
}
