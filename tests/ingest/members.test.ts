import { describe, expect, it } from 'vitest';
import { fillMembers, loadMembers, MembersDirectory } from '../../src/ingest/members.ts';
import { fixture } from './helpers.ts';

describe('members directory (members_lookup_derived.json format)', async () => {
  const dir = await loadMembers(fixture('members-sample.json'));

  it('gives the party held on the date: Lee Anderson, Conservative → Independent → Reform UK', () => {
    expect(dir.resolve(4743, '2024-01-10')?.party).toBe('Conservative');
    expect(dir.resolve(4743, '2024-03-01')?.party).toBe('Independent');
    expect(dir.resolve(4743, '2025-01-15')?.party).toBe('Reform UK');
    // Between snapshots (17 Feb … 27 Feb): the nearest period before.
    expect(dir.resolve(4743, '2024-02-20')?.party).toBe('Conservative');
    // Before the first snapshot: the nearest period after.
    expect(dir.resolve(4743, '2023-06-01')).toEqual({ id: 4743, name: 'Lee Anderson', party: 'Conservative', constituency: 'Ashfield' });
  });

  it('gives the constituency name of the day (boundaries changed in 2024)', () => {
    expect(dir.resolve(1533, '2024-01-10')?.constituency).toBe('Kingston upon Hull North');
    expect(dir.resolve(1533, '2024-06-10')?.constituency).toBe('Kingston upon Hull North'); // dissolution gap
    expect(dir.resolve(1533, '2024-09-16')?.constituency).toBe('Kingston upon Hull North and Cottingham');
  });

  it('gives the ministerial post held on the date of answer', () => {
    expect(dir.resolve(1533, '2024-09-16', { role: true })).toEqual({
      id: 1533,
      name: 'Dame Diana Johnson',
      party: 'Labour',
      constituency: 'Kingston upon Hull North and Cottingham',
      role: 'Minister for Policing, Fire and Crime Prevention',
    });
    expect(dir.roleOn(1533, '2025-10-01')).toBe('Minister for Employment');
    expect(dir.roleOn(1533, '2024-01-10')).toBeUndefined();
    expect(dir.roleOn(4399, '2024-02-01')).toBe('Secretary of State for Health and Social Care');
    expect(dir.roleOn(4399, '2024-08-01')).toBeUndefined();
  });

  it('ignores appointments whose end precedes their start (a data typo)', () => {
    // James Murray: "Chief Secretary to the Treasury" 2025-09-01 … 2025-05-14 in the source.
    expect(dir.roleOn(4797, '2025-10-01')).toBeUndefined();
    expect(dir.roleOn(4797, '2025-01-10')).toBe('Exchequer Secretary');
    expect(dir.roleOn(4797, '2026-06-01')).toBe('Secretary of State for Health and Social Care');
  });

  it('returns undefined for an unknown id, and the latest details without a date', () => {
    expect(dir.resolve(999999, '2024-01-01')).toBeUndefined();
    expect(dir.resolve(4743)).toEqual({ id: 4743, name: 'Lee Anderson', party: 'Reform UK', constituency: 'Ashfield' });
  });
});

describe('Members API member objects', () => {
  const api = [
    { value: { id: 4514, nameListAs: 'Starmer, Keir', nameDisplayAs: 'Keir Starmer', latestParty: { id: 15, name: 'Labour' }, latestHouseMembership: { membershipFrom: 'Holborn and St Pancras', house: 1 } }, links: [] },
    { id: 5210, nameDisplayAs: 'Tom Hayes', latestParty: { name: 'Labour' }, latestHouseMembership: { membershipFrom: 'Bournemouth East' } },
  ];
  it('accepts the plain and the {value} wrapped forms', () => {
    const dir = MembersDirectory.fromJson(api);
    expect(dir.size).toBe(2);
    expect(dir.resolve(4514, '2024-09-01')).toEqual({ id: 4514, name: 'Keir Starmer', party: 'Labour', constituency: 'Holborn and St Pancras' });
    expect(dir.resolve(5210)?.constituency).toBe('Bournemouth East');
  });
  it('refuses a file of another shape', () => {
    expect(() => MembersDirectory.fromJson({ foo: 1 })).toThrow(/not a members file/);
  });
});

describe('fillMembers', async () => {
  const dir = await loadMembers(fixture('members-sample.json'));

  it('fills members that only have ids, the answerer with the role of the day', () => {
    const r: Record<string, unknown> = { dateTabled: '2024-07-30', dateAnswered: '2024-09-05', askingMemberId: 4743, answeringMemberId: 1533, answeringBody: 'Home Office' };
    fillMembers(r, dir);
    expect(r.askingMember).toEqual({ id: 4743, name: 'Lee Anderson', party: 'Reform UK', constituency: 'Ashfield' });
    expect(r.answeringMember).toMatchObject({ id: 1533, name: 'Dame Diana Johnson', role: 'Minister for Policing, Fire and Crime Prevention' });
  });

  it('keeps embedded names and adds what is missing', () => {
    const r: Record<string, unknown> = { dateTabled: '2024-01-10', askingMember: { id: 4743, name: 'Mr Lee Anderson', party: 'Conservative' } };
    fillMembers(r, dir);
    expect(r.askingMember).toEqual({ id: 4743, name: 'Mr Lee Anderson', party: 'Conservative', constituency: 'Ashfield' });
  });

  it('leaves unknown ids alone', () => {
    const r: Record<string, unknown> = { askingMemberId: 999999 };
    fillMembers(r, dir);
    expect(r.askingMember).toBeUndefined();
  });
});
