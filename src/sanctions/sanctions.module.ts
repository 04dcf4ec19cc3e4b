import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Sanction } from './sanction.entity';
import { SanctionsService } from './sanctions.service';

@Module({
  imports: [TypeOrmModule.forFeature([Sanction])],
  providers: [SanctionsService],
  exports: [SanctionsService],
})
export class SanctionsModule {}
