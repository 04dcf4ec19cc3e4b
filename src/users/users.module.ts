import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PeopleAccess } from './people-access';
import { RoleChanges } from './role-changes';
import { User } from './user.entity';
import { UsersController } from './users.controller';
import { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([User])],
  controllers: [UsersController],
  providers: [UsersRepository, UsersService, PeopleAccess, RoleChanges],
  exports: [UsersRepository, UsersService, PeopleAccess, RoleChanges],
})
export class UsersModule {}
