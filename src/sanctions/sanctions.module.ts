import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Sanction } from './sanction.entity';
import { SanctionsPersonalDataRepository } from './sanctions-personal-data.repository';
import { SanctionsRepository } from './sanctions.repository';
import { SanctionsService } from './sanctions.service';

@Module({
  imports: [TypeOrmModule.forFeature([Sanction])],
  providers: [SanctionsService, SanctionsRepository, SanctionsPersonalDataRepository],
  exports: [SanctionsService],
})
export class SanctionsModule {}
