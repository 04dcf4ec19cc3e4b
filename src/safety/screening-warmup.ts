/**
 * Texts a screening thread reads before it takes work. V8 compiles a function, and each of the
 * detector's expressions, the first time it runs: the first message to reach a kind of rule (the
 * first crisis after a start, above all) took 20–170 ms, and every message queued behind it on the
 * thread waited as long. These reach every stage and every category once, in the registers people
 * write in (lower case and capitals, emoji, texting words, several sentences), so that no real
 * message pays for it. Written for this purpose; not labelled, not an evaluation set, never tuned on.
 */
export const WARM_UP_TEXTS: readonly string[] = [
  "i can't go on, i want to kill myself tonight; text me at 555 123 4567 or river@example.com",
  'i have the pills lined up and i am going to take them all tonight',
  'took 30 of my tablets an hour ago with vodka and i feel really sick',
  'cut myself again tonight, it wont stop bleeding. relapsed after 40 days',
  'im going to stab him when he gets home, i have the knife ready',
  'i wish i could just go to sleep and not wake up',
  'suicidal again. cant sleep. numb. done',
  'my friend says she wants to die and i dont know how to help her',
  'I was suicidal in my teens but that was a long time ago, doing ok now',
  'this timetable makes me suicidal lol 😂 #mondays',
  "I'm not suicidal, never have been, just tired of the commute",
  'drove 200 kms on a used car today, so tired',
  'said my goodbyes. this is it. love you all, sorry mum',
  'whats the most painless way, how many of these would it take',
  'the gun is in my lap and everyone in the house is asleep',
  'trying so hard not to hurt myself tonight, the only reason i didnt do it is my dog',
  'Anyone else struggling with cravings this evening? Going to a meeting at 7:30, my sponsor says hi 💙',
  'u ever just want to disappear. same tbh',
  'lyrics stuck in my head: "i want to die in your arms tonight" ha',
  'my brother overdosed last year and is in recovery now, so proud of him',
  'had a rough day at work. walked the dog, cooked dinner, journaled. grateful for this group @dee',
  'GOING TO THE BRIDGE TONIGHT. DONT COME LOOKING FOR ME',
  'i keep thinking about hurting my stepdad, i know his route home',
  'emptied the medicine cabinet into my hand and swallowed',
  'relapsing on the weekend was scary but i called my therapist and im ok',
];
