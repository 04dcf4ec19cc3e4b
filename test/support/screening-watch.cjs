// Loaded into a Hearth process with `node --require` by a test, so production code
// carries nothing for it: says on stderr each time a worker thread answers a text
// (a ScreeningReply's `answers`, each with an `analysis`), which the answers themselves cannot show, being
// the same when the main thread screens.
process.on('worker', (worker) => {
  worker.on('message', (reply) => {
    if (Array.isArray(reply?.answers) && reply.answers.some((answer) => 'analysis' in answer)) {
      process.stderr.write('screening-watch: a worker thread screened a text\n');
    }
  });
});
