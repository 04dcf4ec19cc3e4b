import { MAX_JSON_DEPTH, nestedDeeperThan } from './json-depth';

const nest = (depth: number, inner: unknown = 1): unknown => {
  let value = inner;
  for (let i = 0; i < depth; i++) {
    value = i % 2 ? [value] : { a: value };
  }
  return value;
};

describe('nestedDeeperThan', () => {
  it('counts objects and arrays, not the values in them', () => {
    expect(nestedDeeperThan('text', 0)).toBe(false);
    expect(nestedDeeperThan({}, 0)).toBe(true);
    expect(nestedDeeperThan({ a: 'x', b: [1, 2] }, 2)).toBe(false);
    expect(nestedDeeperThan({ a: 'x', b: [1, [2]] }, 2)).toBe(true);
  });

  it(`allows ${MAX_JSON_DEPTH} levels and refuses ${MAX_JSON_DEPTH + 1}`, () => {
    expect(nestedDeeperThan(nest(MAX_JSON_DEPTH))).toBe(false);
    expect(nestedDeeperThan(nest(MAX_JSON_DEPTH + 1))).toBe(true);
  });

  it('measures any depth without overflowing the stack', () => {
    expect(nestedDeeperThan(nest(1_000_000))).toBe(true);
  });

  it('finds the deep branch among shallow ones', () => {
    expect(nestedDeeperThan({ a: 1, b: [{}, {}], c: { d: nest(40) } })).toBe(true);
  });
});
