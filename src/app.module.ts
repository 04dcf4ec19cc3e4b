import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ConfigModule } from '@nestjs/config';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { ScheduleModule } from '@nestjs/schedule';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { Env } from './config/env';
import { dataSourceOptions } from './database/data-source-options';
import { TransactionsModule } from './database/transactions';
import { ExceptionsFilter } from './common/exceptions.filter';
import { loggerParams } from './common/logger';
import { AccessGuard } from './access/access.guard';
import { AccessModule } from './access/access.module';
import { AccountModule } from './account/account.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CohortsModule } from './cohorts/cohorts.module';
import { ContactModule } from './contact/contact.module';
import { CommonModule } from './common/common.module';
import { ConsentModule } from './consent/consent.module';
import { HealthModule } from './health/health.module';
import { InvitesModule } from './invites/invites.module';
import { RealtimeModule } from './realtime/realtime.module';
import { BlocksModule } from './blocks/blocks.module';
import { CareModule } from './care/care.module';
import { CheckinsModule } from './checkins/checkins.module';
import { CrisisModule } from './crisis/crisis.module';
import { ModerationModule } from './moderation/moderation.module';
import { StaffModule } from './staff/staff.module';
import { SafetyModule } from './safety/safety.module';
import { SeedModule } from './seed/seed.module';
import { SettingsModule } from './settings/settings.module';
import { UsersModule } from './users/users.module';
import { RedisModule } from './redis/redis.module';
import { ForumsModule } from './forums/forums.module';
import { NotificationsModule } from './notifications/notifications.module';
import { RetentionModule } from './retention/retention.module';
import { RoomsModule } from './rooms/rooms.module';
import { CareLinesModule } from './care-lines/care-lines.module';

export interface AppOptions {
  /** Where JSON logs go (default stdout); tests capture them to check what is logged. */
  logDestination?: DestinationStream;
}

/**
 * The whole application for one validated configuration. `DATABASE_URL` must be
 * resolved by then (main.ts starts the embedded database when it is unset).
 */
@Module({})
export class AppModule {
  static register(env: Env & { DATABASE_URL: string }, options: AppOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, skipProcessEnv: true, load: [() => ({ ...env })] }),
        LoggerModule.forRoot(loggerParams(env, options.logDestination)),
        TypeOrmModule.forRoot({ ...dataSourceOptions(env.DATABASE_URL), autoLoadEntities: true }),
        TransactionsModule,
        EventEmitterModule.forRoot({ wildcard: false }),
        ScheduleModule.forRoot(),
        RedisModule,
        CommonModule,
        AuditModule,
        AccessModule.forRoot(CohortsModule),
        SettingsModule,
        HealthModule,
        UsersModule,
        ConsentModule,
        AuthModule,
        CohortsModule,
        InvitesModule,
        AccountModule,
        ContactModule,
        RealtimeModule,
        StaffModule,
        ModerationModule,
        CareModule,
        CrisisModule,
        SafetyModule,
        BlocksModule,
        SeedModule,
        NotificationsModule,
        ForumsModule,
        RoomsModule,
        CheckinsModule,
        CareLinesModule,
        RetentionModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: ExceptionsFilter },
      ],
    };
  }
}
