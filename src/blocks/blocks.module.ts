import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/users.module';
import { Block } from './block.entity';
import { BlocksPersonalDataRepository } from './blocks-personal-data.repository';
import { BlocksController } from './blocks.controller';
import { BlocksRepository } from './blocks.repository';
import { BlocksService } from './blocks.service';

@Module({
  imports: [TypeOrmModule.forFeature([Block]), UsersModule],
  controllers: [BlocksController],
  providers: [BlocksService, BlocksRepository, BlocksPersonalDataRepository],
  exports: [BlocksService],
})
export class BlocksModule {}
