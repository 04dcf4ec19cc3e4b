import { Global, Module } from '@nestjs/common';
import { StaffController } from './staff.controller';
import { StaffRepository } from './staff.repository';
import { StaffService } from './staff.service';

@Global()
@Module({
  controllers: [StaffController],
  providers: [StaffService, StaffRepository],
  exports: [StaffRepository, StaffService],
})
export class StaffModule {}
