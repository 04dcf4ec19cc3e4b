import { Body, Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../access/access.decorator';
import type { User } from '../users/user.entity';
import { LoginDto, RefreshDto, RegisterDto } from './auth.dto';
import { AuthService } from './auth.service';
import { clientMeta } from './client-meta';
import { LocalAuthGuard } from './local-auth.guard';
import type { SessionResponse, TokenPair } from '../contract';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('register')
  @ApiOperation({
    summary: 'Create an account with an invite code (acceptTerms must be true)',
    description:
      'An email that already has an account answers 409 `email_taken` and spends one use of the invite, ' +
      'exactly as a registration would: having an account here means being in treatment, so one use of a ' +
      'code staff issued tells at most one email, never any number for free. (Hiding the answer instead ' +
      'cannot work here: a registration answers with a session, so a new email would still stand out.) ' +
      'A taken display name answers 409 `display_name_taken` and keeps the invite.',
  })
  register(@Body() dto: RegisterDto, @Req() req: Request): Promise<SessionResponse> {
    return this.auth.register(dto, clientMeta(req));
  }

  @Public()
  @UseGuards(LocalAuthGuard)
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in; 401 never says whether the email exists; 429 after repeated failures' })
  login(@Body() _dto: LoginDto, @Req() req: Request & { user: User }): Promise<SessionResponse> {
    return this.auth.signIn(req.user, clientMeta(req));
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: 'Rotate a refresh token; reusing an old one ends the whole session' })
  refresh(@Body() dto: RefreshDto, @Req() req: Request): Promise<TokenPair> {
    return this.auth.refresh(dto.refreshToken, clientMeta(req));
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'End the session the refresh token belongs to' })
  logout(@Body() dto: RefreshDto): Promise<void> {
    return this.auth.signOut(dto.refreshToken);
  }
}
