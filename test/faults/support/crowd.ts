import { randomBytes } from 'node:crypto';
import { hashPassword } from '../../../src/auth/password';
import { TERMS } from '../../../src/consent/terms';
import { TEST_PASSWORD, TestCohort, TestContext, TestUser } from '../../support/context';

const letters = (bytes: Buffer): string => [...bytes].map((b) => 'abcdefghijklmnopqrstuvwxyz'[b % 26]).join('');

/**
 * Many members at once, as TestContext.newMember makes them (terms accepted, in
 * a cohort, signed in), but in a few statements: the i-th goes to cohorts[i % n].
 */
export async function manyMembers(ctx: TestContext, cohorts: TestCohort[], count: number): Promise<TestUser[]> {
  const hash = await hashPassword(TEST_PASSWORD);
  const tags = Array.from({ length: count }, () => letters(randomBytes(8)));
  const emails = tags.map((t) => `member.${t}@example.test`);
  const names = tags.map((t) => `Member ${t}`);
  const rows: { id: string; email: string }[] = await ctx.dataSource.query(
    `INSERT INTO users (email, display_name, password_hash, role)
     SELECT e, n, $3, 'member' FROM unnest($1::text[], $2::text[]) AS t(e, n)
     RETURNING id, email`,
    [emails, names, hash],
  );
  const idByEmail = new Map(rows.map((r) => [r.email, r.id]));
  const ids = emails.map((e) => idByEmail.get(e)!);
  await ctx.dataSource.query(
    `INSERT INTO consents (user_id, audience, version) SELECT unnest($1::uuid[]), 'member', $2`,
    [ids, TERMS.member.version],
  );
  await ctx.dataSource.query(
    `INSERT INTO cohort_memberships (cohort_id, user_id, kind) SELECT unnest($1::uuid[]), unnest($2::uuid[]), 'member'`,
    [ids.map((_, i) => cohorts[i % cohorts.length].id), ids],
  );
  const users: TestUser[] = [];
  for (let i = 0; i < count; i += 25) {
    const batch = ids.slice(i, i + 25).map(async (id, j) => {
      const user = { id, role: 'member' as const };
      return {
        ...user,
        email: emails[i + j],
        password: TEST_PASSWORD,
        displayName: names[i + j],
        ...(await ctx.signIn(user)),
      };
    });
    users.push(...(await Promise.all(batch)));
  }
  return users;
}
