import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { UsersModule } from '../users/users.module';
import { AccountController } from './account.controller';
import { AccountService } from './account.service';
import { AdminAccountsController } from './admin-accounts.controller';
import { PrivacyService } from './privacy.service';

@Module({
  imports: [UsersModule, CohortsModule, AuthModule],
  controllers: [AccountController, AdminAccountsController],
  providers: [AccountService, PrivacyService],
})
export class AccountModule {}
