import type { CrisisCategory, LabelledPhrase } from './crisis-types';

/**
 * Held-out phrases, written after the detector was tuned on `crisis-phrases.ts`
 * and never used to change a rule. Their numbers estimate how the rules do on
 * wording they have not seen; failures here are reported, not fixed.
 *
 * This is the third hold-out set. The first (recall 55.2%, false-positive rate 9.1%
 * when first measured) and the second (recall 42.9%, FPR 3.1%) were each used to
 * widen the rules afterwards and now live in the tuning set.
 */
const crisis =
  (...categories: CrisisCategory[]) =>
  (text: string): LabelledPhrase => ({ text, crisis: true, categories });
const si = crisis('suicidal_ideation');
const sh = crisis('self_harm');
const od = crisis('overdose');
const ho = crisis('harm_to_others');
const no = (text: string): LabelledPhrase => ({ text, crisis: false });

export const CRISIS_HOLDOUT_PHRASES: readonly LabelledPhrase[] = [
  si('I keep wondering if anyone would come to my funeral'),
  si("honestly i'm just waiting to die at this point"),
  si("I'm going to take the car and drive it off the pier tonight"),
  si('It would be so easy to just stop. Stop everything.'),
  si("I'm sorry everyone. I love you all. Goodbye."),
  si("I've been staring at my dad's gun for an hour"),
  si("lately i've been wishing i wouldn't wake up in the mornings"),
  si('i want to disappear and never be found'),
  si('Is there a painless way to go? Asking for me.'),
  si("my bf keeps saying he's going to kill himself if I leave him"),
  si("I'm so close to ending it, closer than I've ever been"),
  si('I feel like the only way out is death'),
  si('I have no will to live anymore'),
  sh('I used the pencil sharpener blade on my arm again'),
  sh("I keep picking at my skin until it bleeds and I can't stop"),
  sh('started burning myself with my lighter after group'),
  sh('I need to hurt myself to feel ok'),
  sh('I hid the scissors from myself but I know where they are and I want to use them'),
  od("I took 15 of my trazodone and now I'm really dizzy"),
  od("my friend took a bunch of pills and she's turning grey"),
  od("I can't feel my legs and my lips are tingling after using"),
  od("help he's not breathing right after he shot up"),
  od("I'm going to OD tonight and nobody can stop me"),
  od("it's been 2 days without a drink and I'm seeing things that aren't there and shaking"),
  od("took everything in my pill box, don't know what happens now"),
  ho("I'm going to shoot my stepdad"),
  ho("I'm about to go stab my brother, I'm so done"),
  ho('I want to hurt my roommate so badly she ends up in the hospital'),
  ho("I'm thinking of bringing my knife to group tomorrow"),
  ho("my son told me he wants to kill his teacher and he's been looking up guns"),

  no("I'm dying to get out of this heat"),
  no('My legs are dead after that hike'),
  no("This new album slaps, I'd die for a concert ticket"),
  no("My counselor asked whether I've ever hurt myself. I told her about high school."),
  no("I'm not going to kill myself, I just hate Mondays"),
  no("I said goodbye to my cohort today since I'm stepping down to alumni"),
  no("Honestly I'm so proud of myself for not cutting during finals"),
  no("I'm trying to stop killing my houseplants lol"),
  no("A famous singer overdosed last night, it's all over the news"),
  no('I want to learn how to use Narcan'),
  no("When people say 'I want to die' as a joke it bothers me"),
  no('I was a cutter in my teens'),
  no('We practiced the suicide risk screening in my nursing class'),
  no('The pharmacist warned me not to take too many at once'),
  no("Two years since my overdose and I'm still here, grateful"),
  no("I shot a video for my sister's wedding"),
  no("Can you guys stop saying kms in chat, it's not funny"),
  no('I hurt my back lifting boxes'),
  no('my nephew keeps killing me in Minecraft'),
  no("I'm so hungry I could eat a horse"),
  no('my mom would die if she saw my new tattoo'),
  no("I've got a ton of meds to pick up tomorrow"),
  no("I'm not trying to end my friendship with her"),
  no('that joke killed, everyone laughed'),
  no('I put the knife away and went for a walk instead, the urge passed'),
  no('My therapist and I made a safety plan in case things get bad again'),
  no("He said he'd kill for a bite of my sandwich"),
  no("I don't know how people survive without coffee"),
  no("Group was rough, but I'm okay and I have my sponsor's number"),
  no("I can't wait to be done with detox"),
  no('I wish my cravings would die already'),
  no('The new guy at work is a real killer at sales'),
  no("If anyone needs to talk tonight I'm around"),
  no('I survived my first sober birthday!'),
];
