import { applyDecorators, UseFilters, UseGuards, UsePipes } from '@nestjs/common';
import { WebSocketGateway } from '@nestjs/websockets';
import { AccessGuard } from '../access/access.guard';
import { ExceptionsFilter } from '../common/exceptions.filter';
import { createValidationPipe } from '../common/validation';

/**
 * Every Socket.IO gateway of Hearth. Nest applies the app's global guard, pipes
 * and filters to HTTP only, so gateways declare the same ones here: the
 * AccessGuard (deny by default), the validation pipe, and the filter that
 * answers failures through the event's acknowledgement.
 */
export const HearthGateway = (): ClassDecorator =>
  applyDecorators(
    WebSocketGateway(),
    UseGuards(AccessGuard),
    UsePipes(createValidationPipe()),
    UseFilters(ExceptionsFilter),
  );
