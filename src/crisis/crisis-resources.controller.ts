import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../access/access.decorator';
import { SettingsService } from '../settings/settings.service';
import type { CrisisResource } from '../contract';

@ApiTags('safety')
@Controller('crisis')
export class CrisisResourcesController {
  constructor(private readonly settings: SettingsService) {}

  // Public: help must reach someone who is signed out, locked out or still at the door.
  @Public()
  @Get('resources')
  @ApiOperation({ summary: "The program's crisis resources, in the order the program shows them" })
  resources(): Promise<CrisisResource[]> {
    return this.settings.crisisResources();
  }
}
