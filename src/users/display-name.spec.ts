import { displayNameProblem } from './display-name';

describe('displayNameProblem', () => {
  it.each(['River', 'Sunny Days', 'blue_heron', "O'Hara", 'Mia-2', 'Léa', 'Kai 1987', 'Zoë.K'])(
    'accepts %s',
    (name) => {
      expect(displayNameProblem(name)).toBeUndefined();
    },
  );

  it.each([
    ['me@example.com', /email address or a link/],
    ['jane.doe.com', /email address or a link/],
    ['www.jane', /email address or a link/],
    ['http jane', /email address or a link/],
    ['call 5551234567', /phone number/],
    ['555 123 4567', /phone number/],
    ['Sam 12345', /phone number/],
    ['The Moderator', /staff account/],
    ['admin42', /staff account/],
    ['Staff Sam', /staff account/],
    ['Dr Clinician', /staff account/],
    ['m.o.d.e.r.a.t.o.r', /staff account/],
    ['ab', /between 3 and 30/],
    ['x'.repeat(31), /between 3 and 30/],
    [' River', /start or end with a space/],
    ['River  Song', /double spaces/],
    ['<script>', /letters, numbers/],
    ['_river', /letters, numbers/],
  ])('refuses %s', (name, reason) => {
    expect(displayNameProblem(name)).toMatch(reason);
  });
});
