import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { councilApi } from '../../contract/council';
import type { AuthUser } from '../auth/sessions';
import { fixedClock } from '../clock';
import type { Db } from '../db/connect';
import type { Client } from '../http/test-app';
import { startWorld, type World } from '../testing/test-world';
import { meetingView } from './meetings';

/** Counts the SQL statements run through the database it is plugged into. */
class StatementCounter implements KyselyPlugin {
  count = 0;
  transformQuery(args: PluginTransformQueryArgs) {
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs) {
    this.count++;
    return args.result;
  }
}

let w: World;
let officer: Client;
let chair: Client;
/** People in units (one each in four units but the merged one, which has four). */
let people: { id: string; unitId: string }[];
/** A village formed by a merger, whose predecessor holds an award (its history follows its predecessors). */
let merged: string;
/** Units with members, besides the merged one. */
let others: string[];
beforeAll(async () => {
  w = await startWorld({ clock: fixedClock('2026-03-02T02:00:00Z') });
  ({ officer, chair } = w);
  const old = await w.unit({ name: 'Thôn Cũ', kind: 'THON' });
  await w.proposal({ subjectUnitId: old, year: 2024, state: 'DECIDED', decisionDate: '2025-01-20' });
  merged = await w.unit({ name: 'Thôn Hợp Nhất', kind: 'THON', predecessorIds: [old] });
  others = [w.units.village, w.units.school, w.units.association];
  people = [];
  for (const unitId of [...others, merged, merged, merged, merged, w.units.school])
    people.push({ id: await w.person({ unitId }), unitId });
});
afterAll(async () => {
  await w?.close();
});

/** Forwarded proposals for these people and units (the law is not what this is about: the fixture forwards them). */
async function forwarded(people: { id: string; unitId: string }[], units: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const person of people)
    ids.push((await w.proposal({ personId: person.id, year: 2025, state: 'SUBMITTED' })).id);
  for (const unit of units)
    ids.push(
      (await w.proposal({ subjectUnitId: unit, awardCode: 'GK_XA_REGULAR', year: 2025, state: 'SUBMITTED' }))
        .id,
    );
  await w.t.handle.db.updateTable('proposals').set({ status: 'FORWARDED' }).where('id', 'in', ids).execute();
  return ids;
}

async function statementsFor(meetingId: string, user: AuthUser) {
  const counter = new StatementCounter();
  const db: Db = w.t.handle.db.withPlugin(counter);
  const view = await meetingView(db, w.t.clock, user, meetingId);
  return { count: counter.count, view };
}

describe('the meeting view', () => {
  it('is built with the same number of statements for 2 agenda items as for 10', async () => {
    // The same kinds of item in both agendas: individuals, and collectives with members (whose members'
    // ratings and awards the law reads) — among them a village formed by a merger (its history follows its predecessors).
    const small = await forwarded(people.slice(0, 1), [others[0] ?? '']);
    const large = await forwarded(people.slice(1, 8), [merged, ...others.slice(1, 3)]);
    expect(large).toHaveLength(10);
    const members = await officer.api.call(councilApi.listMembers, { query: { date: '2026-03-02' } });
    const meetings: string[] = [];
    for (const proposalIds of [small, large]) {
      const m = await officer.api.call(councilApi.createMeeting, {
        body: {
          title: 'Họp Hội đồng TĐKT (đếm truy vấn)',
          meetingDate: '2026-03-02',
          place: 'Hội trường',
          proposalIds,
        },
      });
      for (const x of members.slice(0, 7))
        await officer.api.call(councilApi.setAttendance, {
          params: { id: m.id },
          body: { memberId: x.id, present: true },
        });
      await chair.api.call(councilApi.openMeeting, { params: { id: m.id } });
      meetings.push(m.id);
    }
    const [smallId = '', largeId = ''] = meetings;
    const users = await w.t.handle.db
      .selectFrom('users')
      .select(['id', 'tenant_id', 'username', 'display_name', 'role', 'unit_id'])
      .where('id', 'in', [w.ids.officer, w.ids.member])
      .execute();
    for (const row of users) {
      const user = {
        id: row.id,
        tenantId: row.tenant_id,
        username: row.username,
        displayName: row.display_name,
        role: row.role,
        unitId: row.unit_id,
      } as AuthUser;
      const two = await statementsFor(smallId, user);
      const ten = await statementsFor(largeId, user);
      expect(two.view.agenda).toHaveLength(2);
      expect(ten.view.agenda).toHaveLength(10);
      expect(ten.view.agenda.some((i) => i.history.length > 0)).toBe(true); // the merged village's
      expect(ten.view.agenda.some((i) => i.history.length > 0 || i.verdict !== null)).toBe(true);
      console.log(
        `meeting view as ${row.username}: ${two.count} statements for 2 items, ${ten.count} for 10`,
      );
      expect(ten.count).toBe(two.count);
    }
  });
});
