// The dateline grammar on invented openings: the forms agencies and papers use, and prose that
// starts like one but is not.
import { describe, expect, it } from 'vitest';
import { readDateline } from '../../../src/core/dateline';

describe('readDateline', () => {
  it('[dateline.place-date] reads a place, a date and an agency before a dash, colon or slash stop', () => {
    expect(readDateline('LIMA, June 20. /ANDINA/. Peru raised its rates.')).toMatchObject({
      rule: 'dateline.place-date', place: 'LIMA', agency: 'ANDINA', date: { month: 6, day: 20 },
    });
    expect(readDateline('OSLO, Feb 9 (NTB) - Norway opened the tunnel.')).toMatchObject({ agency: 'NTB', date: { month: 2, day: 9 } });
    expect(readDateline('ACCRA, 14 November 2022 (GNA) – Ghana signed.')).toMatchObject({ date: { year: 2022, month: 11, day: 14 } });
    expect(readDateline('QUITO, Ecuador, Sept. 3 — Rain fell.')).toMatchObject({ place: 'QUITO, Ecuador', agency: null, date: { month: 9, day: 3 } });
    expect(readDateline('DENVER, March 2, 2021 /PRNewswire/ -- Acme Corp said.')).toMatchObject({ agency: 'PRNewswire', date: { year: 2021, month: 3, day: 2 } });
    expect(readDateline('Dar es Salaam, 3 May 2021 - The port reopened.')).toMatchObject({ place: 'Dar es Salaam', date: { year: 2021 } });
    // The separator is part of the dateline: what follows is the story.
    const line = 'OSLO, Feb 9 (NTB) - Norway opened the tunnel.';
    expect(line.slice(readDateline(line)!.length)).toBe('Norway opened the tunnel.');
  });

  it('[dateline.place-bracket] and [dateline.date-agency] read the bracketed date and the agency-first form', () => {
    expect(readDateline('PUNE (July 4): The civic body approved the budget.')).toMatchObject({ rule: 'dateline.place-bracket', place: 'PUNE', date: { month: 7, day: 4 } });
    expect(readDateline('Oct. 12 (ANSA) -- Italy’s senate voted.')).toMatchObject({ rule: 'dateline.date-agency', agency: 'ANSA', date: { month: 10, day: 12 } });
  });

  it('leaves prose, undated datelines and mid-line dates alone', () => {
    expect(readDateline('On Thursday, March 7 – the vote was held.')).toBeNull();
    expect(readDateline('In Lima, June 20 - the vote was held.')).toBeNull();
    expect(readDateline('BERLIN (dpa) - Germany voted.')).toBeNull();
    expect(readDateline('The minister said on June 5 - late - that talks failed.')).toBeNull();
    expect(readDateline('LIMA, June 20. Peru raised its rates.')).toBeNull();
    expect(readDateline('OSLO, 45 (NTB) - a number, not a date.')).toBeNull();
  });
});
