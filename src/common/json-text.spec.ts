import { jsonText, jsonWith, type JsonText } from './json-text';

describe('jsonWith', () => {
  it('answers the same JSON as the whole value serialised, with the field spliced in unparsed', () => {
    const members = [{ user: { id: 'a', displayName: 'Ann "A"' }, checkins: [{ date: '2026-12-07', mood: 3 }] }];
    const text = jsonWith<{ scope: string; days: string[]; members: typeof members }, 'members'>(
      { scope: 'care_team', days: ['2026-12-07'] },
      'members',
      // As PostgreSQL's json_agg writes it: a space and a line break between elements are still JSON.
      ' [{"user": {"id":"a","displayName":"Ann \\"A\\""}, \n "checkins":[{"date":"2026-12-07","mood":3}]}]' as JsonText<
        typeof members
      >,
    );
    expect(JSON.parse(text)).toEqual({ scope: 'care_team', days: ['2026-12-07'], members });
  });

  it('works on an empty head', () => {
    expect(JSON.parse(jsonWith<{ members: number[] }, 'members'>({}, 'members', jsonText([1, 2])))).toEqual({
      members: [1, 2],
    });
  });
});
