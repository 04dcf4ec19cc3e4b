import { DynamicModule, Global, Module, Type } from '@nestjs/common';
import { AccessService } from './access.service';

@Global()
@Module({})
export class AccessModule {
  /** `relations`: the module exporting CohortRelations (the cohorts feature's). */
  static forRoot(relations: Type): DynamicModule {
    return { module: AccessModule, imports: [relations], providers: [AccessService], exports: [AccessService] };
  }
}
