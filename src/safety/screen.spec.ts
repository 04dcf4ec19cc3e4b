import { screen } from './screen';
import { compileWatchedWords } from './watched-words';

const watchedWords = compileWatchedWords([
  { id: 'b', term: 'slurword', action: 'block' },
  { id: 'r', term: 'plug', action: 'require_approval' },
  { id: 'f', term: 'dealer', action: 'flag' },
  { id: 'c', term: 'shit', action: 'censor' },
]);

describe('screen', () => {
  it('publishes ordinary messages untouched', () => {
    const verdict = screen('Group was good today, see you Thursday @River', { watchedWords });
    expect(verdict).toEqual({
      decision: 'publish',
      text: 'Group was good today, see you Thursday @River',
      crisis: { crisis: false, level: 'none', categories: [], someoneElse: [] },
      flags: [],
    });
  });

  it('blocks a message with a block word, telling the author why without naming the word list', () => {
    const verdict = screen('you slurword', { watchedWords });
    expect(verdict.decision).toBe('block');
    expect(verdict.blockedReason).toMatch(/community guidelines/);
    expect(verdict.blockedReason).not.toMatch(/slurword/);
  });

  it('holds a message with a word that needs approval', () => {
    const verdict = screen('anyone know a plug', { watchedWords });
    expect(verdict.decision).toBe('hold');
    expect(verdict.heldReason).toMatch(/moderator/);
    expect(verdict.heldReason).not.toMatch(/plug/);
  });

  it('holds personal details for approval by default', () => {
    const verdict = screen('text me 555-123-4567', { watchedWords });
    expect(verdict.decision).toBe('hold');
    expect(verdict.heldReason).toMatch(/contact details/);
  });

  it('only flags personal details when the program chooses flag', () => {
    const verdict = screen('insta: river.stone', { watchedWords, privacyAction: 'flag' });
    expect(verdict.decision).toBe('publish');
    expect(verdict.flags).toEqual([{ source: 'privacy', reason: 'contains a social media handle' }]);
  });

  it('ignores personal details when the program allows them', () => {
    expect(screen('email me a@b.com', { watchedWords, privacyAction: 'allow' })).toMatchObject({
      decision: 'publish',
      flags: [],
    });
  });

  it('does not hold crisis line numbers peers share with each other', () => {
    expect(screen('Call or text 988, or text HOME to 741741', { watchedWords }).decision).toBe('publish');
  });

  it('censors censor words and flags flag words in the published text', () => {
    const verdict = screen('my old dealer texted, oh shit', { watchedWords });
    expect(verdict.decision).toBe('publish');
    expect(verdict.text).toBe('my old dealer texted, oh ****');
    expect(verdict.flags).toEqual([{ source: 'watched_word', reason: 'contains a flagged word', term: 'dealer' }]);
  });

  it('lets a block word win over a hold', () => {
    expect(screen('slurword, call me 555-123-4567', { watchedWords }).decision).toBe('block');
  });

  it('reports a crisis without holding or blocking the message', () => {
    const verdict = screen("I don't want to be here anymore", { watchedWords });
    expect(verdict.decision).toBe('publish');
    expect(verdict.crisis).toEqual({
      crisis: false,
      level: 'concern',
      categories: ['suicidal_ideation'],
      someoneElse: [],
    });
  });

  it('delivers a crisis message that would have been blocked, with the word censored and flagged', () => {
    const verdict = screen("I'm going to kill myself, slurword everyone", { watchedWords });
    expect(verdict.decision).toBe('publish');
    expect(verdict.text).toBe("I'm going to kill myself, ******** everyone");
    expect(verdict.blockedReason).toBeUndefined();
    expect(verdict.flags).toContainEqual(expect.objectContaining({ source: 'watched_word', term: 'slurword' }));
  });

  it('delivers a crisis message with contact details, masking them and flagging it', () => {
    const verdict = screen('I took all my pills, someone call me 555-123-4567', { watchedWords });
    expect(verdict.decision).toBe('publish');
    expect(verdict.text).toBe('I took all my pills, someone call me ************');
    expect(verdict.crisis.categories).toEqual(['overdose']);
    expect(verdict.flags).toEqual([expect.objectContaining({ source: 'privacy' })]);
  });
});
