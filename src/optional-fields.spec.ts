import type { ArgumentMetadata } from '@nestjs/common';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import { AppModule } from './app.module';
import { createValidationPipe } from './common/validation';

/**
 * Every DTO (found through class-validator's metadata, so a new one is covered
 * without an edit here): `null` in an optional field is a 400 naming the field,
 * unless the field is documented nullable in OpenAPI, where it passes validation
 * to mean what the contract says (`contentWarning: null` clears a warning).
 */
type DtoClass = abstract new (...args: never[]) => object;

describe('null in optional fields', () => {
  // Loading the app module loads every controller and gateway, and with them every DTO.
  expect(AppModule).toBeDefined();
  const pipe = createValidationPipe();
  const storage = getMetadataStorage() as unknown as {
    validationMetadatas: Map<DtoClass, { propertyName: string; type: string }[]>;
  };
  const optional: [string, DtoClass, string][] = [];
  for (const [target, metadatas] of storage.validationMetadatas) {
    for (const name of new Set(
      metadatas.filter((m) => m.type === ValidationTypes.CONDITIONAL_VALIDATION).map((m) => m.propertyName),
    )) {
      optional.push([`${target.name}.${name}`, target, name]);
    }
  }

  it('finds the DTOs of every feature', () => {
    const names = new Set(optional.map(([, target]) => target.name));
    for (const dto of ['EditMessageBody', 'EditPostDto', 'CreateFlagDto', 'ResolveDto', 'LoginDto', 'IssueInviteDto']) {
      expect(names).toContain(dto);
    }
  });

  it.each(optional)('%s', async (_name, target, property) => {
    const documented = Reflect.getMetadata('swagger/apiModelProperties', target.prototype, property) as
      { nullable?: boolean } | undefined;
    const metadata = { type: 'body', metatype: target } as ArgumentMetadata;
    const problems = await pipe.transform({ [property]: null }, metadata).then(
      () => [] as string[],
      (error: { getResponse(): { message: string[] } }) => error.getResponse().message,
    );
    const aboutField = problems.filter((m) => m.startsWith(`${property} `) || m.startsWith(`${property}:`));
    if (documented?.nullable) {
      expect(aboutField).toEqual([]);
    } else {
      expect(aboutField.length).toBeGreaterThan(0);
    }
  });
});
