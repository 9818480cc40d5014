/**
 * The permission policy as a table: one row per action, one character per role in the order ADMIN,
 * CAN_BO_TDKT, CHU_TICH, THANH_VIEN_HD, TRUONG_DON_VI, XEM ('+' allowed, '-' refused). Changing who may do
 * something means changing this table too, on purpose.
 */
import { describe, expect, it } from 'vitest';
import { type Action, can, POLICY } from './policy';
import { ROLES } from './roles';

// biome-ignore format: one row per action reads best as a table
const TABLE: Record<Action, string> = {
  'unit.read':            '++++++',
  'person.read':          '++++++',
  'person.create':        '++--+-',
  'unit.manage':          '++----',
  'commune.read':         '++++++',
  'commune.manage':       '+-----',
  'person.update':        '++--+-',
  'household.manage':     '++--+-',
  // accounts, audit, inbox, calendar, dashboard
  'user.read':            '+-----',
  'user.manage':          '+-----',
  'audit.read':           '+++---',
  'inbox.read':           '+++-+-',
  'inbox.complete':       '++--+-',
  'calendar.read':        '++++++',
  'calendar.edit':        '++----',
  'dashboard.read':       '++++++',

  // proposals, law
  'proposal.read':        '++++++',
  'proposal.create':      '++--+-',
  'proposal.update':      '++--+-',
  'law.read':             '++++++',
  'law.override':         '+++---',
  'law.configure':        '+-----',
  'law.suggest':          '+++++-',
  // a commune's history: awards received before or elsewhere, initiatives, disciplines, pending matters
  'history.read':         '++++++',
  'history.manage':       '++--+-',

  // council
  'council.read':              '++++++',
  'council.manage':            '+++---',
  'meeting.read':              '++++++',
  'meeting.create':            '++----',
  'meeting.attendance':        '++----',
  'meeting.run':               '+++---',
  'conflict.declare':          '++++--',
  'conflict.declareForMember': '++----',
  'ballot.run':                '+++---',
  'ballot.vote':               '++++--',
  'ballot.tally':              '++----',

  // decisions, funds, certificates, documents, disclosures
  'decision.read':        '++++++',
  'decision.sign':        '--+---',
  'decision.revoke':      '--+---',
  'award.read':           '++++++',
  'fund.read':            '++++++',
  'fund.set':             '+++---',
  'document.read':        '++++++',
  'commune-report.read':  '++++-+',
  'disclosure.read':      '++++++',
  'disclosure.publish':   '++----',
  'objection.resolve':    '++----',

  // movements, registrations, scoring, reviews, targets
  'movement.read':        '++++++',
  'movement.manage':      '++----',
  'registration.read':    '++++++',
  'registration.write':   '++--+-',
  'registration.remind':  '++----',
  'review.read':          '++++++',
  'review.manage':        '++----',
  'review.lock':          '+++---',
  'review.report':        '++--+-',
  'review.propose':       '++----',
  'score.self':           '++--+-',
  'score.review':         '++++--',
  'target.read':          '++++++',
  'target.manage':        '++----',
  'target.report':        '++--+-',

  // plans, ratings, examples
  'plan.read':            '++++++',
  'plan.create':          '++----',
  'plan.update':          '++----',
  'plan.issue':           '+++---',
  'rating.read':          '++++++',
  'rating.enter':         '++--+-',
  'intake.import':        '++----',
  'example.read':         '++++++',
  'example.create':       '++--+-',
  'example.manage':       '++----',

  // files attached to records
  'attachment.read':          '++++++',
  'attachment.write':         '++--+-',
  'attachment.history.read':  '++--+-',
  'attachment.history.write': '++--+-',
};

describe('the permission policy', () => {
  it('has a row in this table for every action, and the table agrees with it', () => {
    expect(Object.keys(TABLE).sort()).toEqual(Object.keys(POLICY).sort());
    for (const [action, row] of Object.entries(TABLE) as [Action, string][]) {
      const actual = ROLES.map((role) => (can({ role, unitId: 'u1' }, action) ? '+' : '-')).join('');
      expect(`${action} ${actual}`).toBe(`${action} ${row}`);
    }
  });

  it('lets a unit head act only on records of their own unit', () => {
    const head = { role: 'TRUONG_DON_VI' as const, unitId: 'u1' };
    expect(can(head, 'person.create', { unitId: 'u1' })).toBe(true);
    expect(can(head, 'person.create', { unitId: 'u2' })).toBe(false);
    expect(can(head, 'person.create', { unitId: null })).toBe(false);
    expect(can({ role: 'CAN_BO_TDKT', unitId: null }, 'person.create', { unitId: 'u2' })).toBe(true);
  });

  it('refuses anyone not signed in', () => {
    expect(can(null, 'unit.read')).toBe(false);
  });
});
