import { describe, expect, it } from 'vitest';
import { emptyMeeting, meetingProblems, toMeetingInput, topicsOf } from './meeting-form';

describe('meeting form', () => {
  it('reads one topic per line, without bullets or blank lines', () => {
    expect(topicsOf('- Planning des travaux\n\n  2. Facturation  \r\n• Sécurité du chantier\n*gras* reste')).toEqual(['Planning des travaux', 'Facturation', 'Sécurité du chantier', '*gras* reste']);
    expect(topicsOf('  \n ')).toEqual([]);
  });

  it('needs a past or present date, a supplier and at least one topic', () => {
    expect(meetingProblems(emptyMeeting('2026-03-10'), '2026-03-10')).toEqual({ supplierId: 'required', topics: 'required' });
    const form = { ...emptyMeeting('2026-03-10'), supplier: { id: 's1', name: 'Menuiserie Berrichonne SARL' }, topics: 'Planning' };
    expect(meetingProblems(form, '2026-03-10')).toEqual({});
    expect(meetingProblems({ ...form, heldOn: '2026-03-11' }, '2026-03-10')).toEqual({ heldOn: 'future' });
    expect(meetingProblems({ ...form, heldOn: '2026-02-31' }, '2026-03-10')).toEqual({ heldOn: 'invalidDate' });
    expect(meetingProblems({ ...form, heldOn: '' }, '2026-03-10')).toEqual({ heldOn: 'required' });
    expect(meetingProblems({ ...form, topics: 'x'.repeat(501) }, '2026-03-10')).toEqual({ topics: 'topicTooLong' });
  });

  it('turns into the API input', () => {
    const form = { heldOn: '2026-03-09', supplier: { id: 's1', name: 'M' }, agents: [{ id: 'a1', name: 'A' }], topics: 'Un\nDeux' };
    expect(toMeetingInput(form)).toEqual({ heldOn: '2026-03-09', supplierId: 's1', agentIds: ['a1'], topics: ['Un', 'Deux'] });
  });
});
