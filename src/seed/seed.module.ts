import { Module } from '@nestjs/common';
import { CheckinsModule } from '../checkins/checkins.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { ConsentModule } from '../consent/consent.module';
import { RoomsModule } from '../rooms/rooms.module';
import { UsersModule } from '../users/users.module';
import { SeedService } from './seed.service';

@Module({ imports: [UsersModule, CohortsModule, ConsentModule, RoomsModule, CheckinsModule], providers: [SeedService] })
export class SeedModule {}
