import { describe, expect, it } from 'vitest';
import type { DeclarationStatus } from '../../gql/graphql';
import { commentRequired, isPending, nextStatuses, sortedFlags } from './review';

describe('review steps', () => {
  it.each<[DeclarationStatus, DeclarationStatus[]]>([
    ['SUBMITTED', ['UNDER_REVIEW', 'ACKNOWLEDGED', 'ACTION_REQUIRED', 'REFUSED']],
    ['UNDER_REVIEW', ['ACKNOWLEDGED', 'ACTION_REQUIRED', 'REFUSED']],
    ['ACTION_REQUIRED', ['UNDER_REVIEW', 'CLOSED']],
    ['ACKNOWLEDGED', ['CLOSED']],
    ['REFUSED', ['CLOSED']],
    ['CLOSED', []],
  ])('from %s: %j', (from, to) => {
    expect(nextStatuses(from)).toEqual(to);
  });

  it('requires a comment to refuse or to ask for an action, not to acknowledge', () => {
    expect(commentRequired('ACTION_REQUIRED')).toBe(true);
    expect(commentRequired('REFUSED')).toBe(true);
    expect(commentRequired('ACKNOWLEDGED')).toBe(false);
    expect(commentRequired('CLOSED')).toBe(false);
  });

  it('knows what waits for the officer', () => {
    expect(isPending('SUBMITTED')).toBe(true);
    expect(isPending('UNDER_REVIEW')).toBe(true);
    expect(isPending('ACTION_REQUIRED')).toBe(false);
  });

  it('orders flags, most urgent first', () => {
    expect(sortedFlags(['OVER_YEARLY_CAP', 'PRIORITY_REVIEW', 'DURING_QUIET_PERIOD'])).toEqual(['PRIORITY_REVIEW', 'DURING_QUIET_PERIOD', 'OVER_YEARLY_CAP']);
    expect(sortedFlags([])).toEqual([]);
  });
});
