import { findPersonalDetails, type PersonalDetailKind } from './privacy-filter';

const kinds = (text: string): PersonalDetailKind[] => findPersonalDetails(text).map((d) => d.kind);
const matches = (text: string): string[] => findPersonalDetails(text).map((d) => d.match);

describe('findPersonalDetails', () => {
  it.each([
    ['call me 555-123-4567', '555-123-4567'],
    ['my cell is (555) 123-4567', '(555) 123-4567'],
    ['text 555.123.4567 anytime', '555.123.4567'],
    ['5551234567 is my number', '5551234567'],
    ['reach me on +1 555 123 4567', '+1 555 123 4567'],
    ['1-555-123-4567', '1-555-123-4567'],
    ['UK folks: +44 20 7946 0958', '+44 20 7946 0958'],
    ['my mobile 07700 900123', '07700 900123'],
    ['in Sydney call +61 412 345 678', '+61 412 345 678'],
    ['text me at 555-1234 after group', '555-1234'],
    ["I'm 25 555-123-4567", '555-123-4567'],
  ])('finds the phone number in %p', (text, number) => {
    expect(findPersonalDetails(text)).toEqual([expect.objectContaining({ kind: 'phone', match: number })]);
  });

  it.each([
    'Call or text 988 any time',
    'Text HOME to 741741',
    'If it is an emergency call 911',
    'The old lifeline was 1-800-273-8255',
    'SAMHSA helpline: 1-800-662-4357',
    'Group moved to 2024-01-15 at 10:30',
    'see you 01/15/2024',
    'I was born in 1987',
    'I have 90 days and 3 kids',
    'between 2019 and 2021 I lived in Ohio',
    'my score went from 120 to 145',
    'room 1204, floor 12',
    'I owe $1,250.00 on my card',
    'it took 45 minutes',
    'years 2019 2020 2021 were rough',
    'my sobriety date is 3.14.2023',
  ])('ignores numbers that are not phone numbers: %p', (text) => {
    expect(kinds(text)).not.toContain('phone');
  });

  it.each([
    ['email me at river.stone@gmail.com', 'river.stone@gmail.com'],
    ['RIVER_99@Example.CO.UK is me', 'RIVER_99@Example.CO.UK'],
    ['river [at] gmail [dot] com', 'river [at] gmail [dot] com'],
    ['river at gmail dot com', 'river at gmail dot com'],
  ])('finds the email in %p', (text, email) => {
    expect(findPersonalDetails(text)).toEqual([{ kind: 'email', match: email, index: text.indexOf(email) }]);
  });

  it.each([
    ['check https://example.com/page?x=1.', 'https://example.com/page?x=1'],
    ['www.myblog.net has my story', 'www.myblog.net'],
    ['go to river-stone.com/about', 'river-stone.com/about'],
    ['my link: bit.ly/abc123', 'bit.ly/abc123'],
  ])('finds the link in %p', (text, url) => {
    expect(findPersonalDetails(text)).toEqual([{ kind: 'url', match: url, index: text.indexOf(url) }]);
  });

  it.each([
    ['insta: river.stone', 'insta: river.stone'],
    ['my insta is riverstone_23', 'my insta is riverstone_23'],
    ['snap me at riverdances', 'snap me at riverdances'],
    ['add me on discord river#1234', 'add me on discord river#1234'],
    ['follow me on tiktok @river.dances', 'follow me on tiktok @river.dances'],
    ['@river.stone on insta', '@river.stone on insta'],
    ['IG @river', 'IG @river'],
    ['my discord is river#0420', 'my discord is river#0420'],
    ['dm me, riverstone#5555', 'riverstone#5555'],
    ['I post on u/river_stone sometimes', 'u/river_stone'],
    ['My Snapchat username is riv3r', 'My Snapchat username is riv3r'],
  ])('finds the social handle in %p', (text, handle) => {
    expect(findPersonalDetails(text)).toEqual([{ kind: 'social_handle', match: handle, index: text.indexOf(handle) }]);
  });

  it.each([
    '@River thank you for sharing today',
    'great point @sunny_days, same here',
    'I was on insta all day, bad idea',
    'my insta is private now',
    'add me on snap later?',
    'I deleted tiktok for my mental health',
    'discord is where my old using friends hang out',
    'she snapped at me in group',
    'the hashtag #1 was trending',
  ])('ignores mentions and platform talk without a handle: %p', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it.each([
    ['I live at 42 Maple Street, come by', '42 Maple Street'],
    ['pick me up at 1600 Pennsylvania Avenue', '1600 Pennsylvania Avenue'],
    ['my address is 12 oak st apt 4', '12 oak st apt 4'],
    ['10 Downing St.', '10 Downing St.'],
  ])('finds the street address in %p', (text, address) => {
    expect(matches(text)).toEqual([address]);
    expect(kinds(text)).toEqual(['address']);
  });

  it.each([
    'I walked 3 blocks down Main Street',
    'I have 2 dogs on Elm St and they bark',
    'meeting is at 7 on the corner of 5th and main',
    'e.g. this is fine, i.e. really',
    'I use Node.js at work',
    'Grateful for day 45.',
    'I read 3 chapters today.',
  ])('ignores ordinary text: %p', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('lists several details in the order they appear', () => {
    expect(kinds('insta: river.stone or river@stone.com or 555-123-4567')).toEqual(['social_handle', 'email', 'phone']);
  });
});
