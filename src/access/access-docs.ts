import type { INestApplication } from '@nestjs/common';
import { ModulesContainer, Reflector } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { Access } from './access.decorator';
import type { AccessRule } from './access.decorator';

/** What `x-access` says on an OpenAPI operation: who may call it, from its Access rule. */
export function accessText(rule: AccessRule | undefined): string {
  if (!rule) {
    return 'nobody (no access declared)';
  }
  if (rule.public) {
    return 'anyone, signed in or not';
  }
  const who = rule.roles === 'any' || rule.roles === undefined ? 'any signed-in person' : rule.roles.join(', ');
  return rule.onboarding ? `${who}, also before onboarding is complete` : who;
}

/**
 * Adds `x-access` (who may call it, read from the route's Access rule, as the
 * AccessGuard reads it) to every operation of the document, so that the reference
 * says what the guard enforces. The finer rules (cohort isolation, own content)
 * are the services' and are in each route's summary.
 */
export function describeAccess(app: INestApplication, document: OpenAPIObject): OpenAPIObject {
  const reflector = new Reflector();
  const rules = new Map<string, AccessRule | undefined>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller || typeof controller !== 'function') {
        continue;
      }
      const prototype = controller.prototype as Record<string, unknown>;
      for (const method of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[method];
        if (method !== 'constructor' && typeof handler === 'function') {
          rules.set(`${controller.name}_${method}`, reflector.getAllAndOverride(Access, [handler, controller]));
        }
      }
    }
  }
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item as Record<string, { operationId?: string } | undefined>)) {
      if (operation && typeof operation === 'object' && operation.operationId && rules.has(operation.operationId)) {
        Object.assign(operation, { 'x-access': accessText(rules.get(operation.operationId)) });
      }
    }
  }
  return document;
}
