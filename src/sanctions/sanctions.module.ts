import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Sanction } from './sanction.entity';
import { SanctionsRepository } from './sanctions.repository';
import { SanctionsService } from './sanctions.service';

@Module({
  imports: [TypeOrmModule.forFeature([Sanction])],
  providers: [SanctionsService, SanctionsRepository],
  exports: [SanctionsService],
})
export class SanctionsModule {}
