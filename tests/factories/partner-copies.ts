import { sql, type RawBuilder } from 'kysely';
import type { TestApp } from '../setup/test-app';

/**
 * `copies` rows like the template partner, in one statement (tens of thousands in a second): ids
 * share its first 24 characters and end in the copy's number `n.i`, names end in " <n.i>".
 * `override` gives other columns as SQL over `n.i` and the template row `p`. `withSearchText`
 * also writes each copy's search text (its name), as the search index needs.
 */
export async function copyPartnerRows(
  t: TestApp,
  templateId: string,
  copies: number,
  options: { override?: Record<string, RawBuilder<unknown>>; withSearchText?: boolean } = {},
): Promise<void> {
  const columns = Object.keys(
    await t.deps.db.selectFrom('partners').selectAll().where('id', '=', templateId).executeTakeFirstOrThrow(),
  );
  const number = t.deps.dialect === 'postgres' ? sql`lpad(n.i::text, 12, '0')` : sql`printf('%012d', n.i)`;
  const copyId = sql`substr(p.id, 1, 24) || ${number}`;
  const valueOf = (column: string) => {
    const override = options.override?.[column];
    if (override) return override;
    switch (column) {
      case 'id':
        return copyId;
      case 'name':
      case 'name_key':
        return sql`${sql.ref(`p.${column}`)} || ' ' || n.i`;
      default:
        return sql.ref(`p.${column}`);
    }
  };
  const numbers = sql`with recursive n(i) as (select 1 union all select i + 1 from n where i < ${copies})`;
  await sql`
    insert into partners (${sql.join(columns.map((column) => sql.ref(column)))})
    ${numbers}
    select ${sql.join(columns.map(valueOf))} from n, partners p where p.id = ${templateId}
  `.execute(t.deps.db);
  if (!options.withSearchText) return;
  await sql`
    insert into partner_search (partner_id, institution_id, body)
    ${numbers}
    select ${copyId}, p.institution_id, p.name || ' ' || n.i from n, partners p where p.id = ${templateId}
  `.execute(t.deps.db);
}
