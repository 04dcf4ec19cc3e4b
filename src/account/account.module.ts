import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module';
import { UsersModule } from '../users/users.module';
import { AccountController } from './account.controller';
import { AccountService } from './account.service';

@Module({
  imports: [UsersModule, CohortsModule],
  controllers: [AccountController],
  providers: [AccountService],
})
export class AccountModule {}
