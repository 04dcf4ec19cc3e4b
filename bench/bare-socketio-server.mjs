// The ceiling for the chat fan-out bench: a bare Socket.IO server with no
// authentication, no database and no checks, answering the same events with the
// same payload shape. Started as a child process by bench/socket-rooms.mjs.
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { Server } from 'socket.io';

const port = Number(process.env.PORT ?? 0);
const http = createServer();
const io = new Server(http, { transports: ['websocket'], serveClient: false });
const seqs = new Map();

io.on('connection', (socket) => {
  socket.on('room:join', ({ roomId }, ack) => {
    socket.join(`room:${roomId}`);
    ack?.({ ok: true, lastSeq: seqs.get(roomId) ?? 0, online: [] });
  });
  socket.on('message:send', ({ roomId, clientMsgId, body }, ack) => {
    const seq = (seqs.get(roomId) ?? 0) + 1;
    seqs.set(roomId, seq);
    const message = {
      id: randomUUID(),
      roomId,
      seq,
      clientMsgId: null,
      author: { id: socket.id, displayName: 'someone' },
      body,
      contentWarning: null,
      status: 'visible',
      createdAt: new Date().toISOString(),
      editedAt: null,
    };
    io.to(`room:${roomId}`).emit('message:new', message);
    ack?.({ ok: true, message: { ...message, clientMsgId } });
  });
});

http.listen(port, '127.0.0.1', () => {
  process.stdout.write(`listening ${http.address().port}\n`);
});
process.on('SIGTERM', () => io.close(() => process.exit(0)));
