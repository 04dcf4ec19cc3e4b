import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated } from '../access/access.decorator';
import type { AuthUser } from '../access/auth-user';
import { CurrentUser } from '../access/current-user.decorator';
import { STAFF_ROLES } from '../access/policy';
import { CareLinesQuery, OpenCareLineDto } from './care-lines.dto';
import { CareLinesService } from './care-lines.service';
import type { CareLineRef, CareLineView, WaitingCareLine } from '../contract';

@ApiTags('care')
@ApiBearerAuth()
@Controller('care-lines')
export class CareLinesController {
  constructor(private readonly lines: CareLinesService) {}

  @Authenticated()
  @Post()
  @ApiOperation({
    summary:
      "Open a care line: a member's own (no body), or staff for a member they care for, from an alert or review item (201 new, 200 existing)",
  })
  async open(
    @CurrentUser() user: AuthUser,
    @Body() dto: OpenCareLineDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CareLineRef> {
    const { line, created } = await this.lines.open(user, dto);
    res.status(created ? 201 : 200);
    return line;
  }

  @Authenticated(STAFF_ROLES)
  @Get()
  @ApiOperation({ summary: 'Care lines waiting for a staff answer that the caller answers, oldest first' })
  waiting(@CurrentUser() user: AuthUser, @Query() _query: CareLinesQuery): Promise<WaitingCareLine[]> {
    return this.lines.waiting(user);
  }

  @Authenticated()
  @Get('mine')
  @ApiOperation({ summary: "The caller's own care line (opened if needed): waiting clock, who is on duty, contexts" })
  mine(@CurrentUser() user: AuthUser): Promise<CareLineView> {
    return this.lines.mine(user);
  }

  @Authenticated()
  @Get(':roomId')
  @ApiOperation({ summary: 'One care line: its member, waiting clock, whether care-team staff are on duty, contexts' })
  view(@CurrentUser() user: AuthUser, @Param('roomId', new ParseUUIDPipe()) roomId: string): Promise<CareLineView> {
    return this.lines.view(user, roomId);
  }
}
