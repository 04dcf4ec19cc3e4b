import { OnEvent } from '@nestjs/event-emitter';
import { WebSocketServer } from '@nestjs/websockets';
import { HearthGateway } from '../realtime/hearth-gateway.decorator';
import { userRoom } from '../realtime/socket-user';
import type { HearthServer } from '../realtime/socket-user';
import type { NotificationCreatedEvent } from './notifications.service';

/** `notification:new` to every socket of the person notified (room `user:<id>`, on any node). */
@HearthGateway()
export class NotificationsGateway {
  @WebSocketServer()
  private readonly server!: HearthServer;

  @OnEvent('notification.created')
  deliver(event: NotificationCreatedEvent): void {
    this.server.to(userRoom(event.userId)).emit('notification:new', event.notification);
  }
}
