import { sign } from '../signing.ts';
import type { Clock } from '../clock.ts';
import type { EventCounter } from '../counters.ts';

/** The short list readers choose from; the key is stored, the label is shown. */
export const REPORT_REASONS = {
  spam: 'Spam or advertising',
  abuse: 'Abuse or harassment',
  hate: 'Hate speech',
  personal: 'Shares someone’s personal information',
  misleading: 'False or misleading',
  'off-topic': 'Off-topic',
} as const;
export type ReportReason = keyof typeof REPORT_REASONS;

export const isReportReason = (v: string): v is ReportReason =>
  Object.prototype.hasOwnProperty.call(REPORT_REASONS, v);

/** Reports one connection may send in an hour: enough for a reader, too few for a campaign. */
export const REPORTS_PER_IP_PER_HOUR = 20;

export interface ReportPorts {
  /**
   * Adds the report once per reporter and comment. `reachedThreshold` is true for the one report
   * that brings the comment's open reports up to the threshold (the store logs that moment).
   */
  addReport(report: {
    number: number;
    reporter: string;
    reason: ReportReason;
    threshold: number;
    at: Date;
  }): Promise<'added' | 'already-reported' | 'no-such-comment'>;
}

export type ReportResult =
  | { ok: true; alreadyReported: boolean }
  | { ok: false; status: 400 | 404 | 429; reason: string; retryAfterSeconds?: number };

/**
 * Who is reporting, without keeping their address: a keyed hash of the IP, so one connection
 * counts once per comment and the table holds nothing that identifies a reader elsewhere.
 */
export const reporterKey = (secret: string, ip: string): string => sign(secret, 'reporter', ip);

/** A reader reports an approved comment. Enough distinct reports put it in the reported queue. */
export async function reportComment(
  deps: {
    reports: ReportPorts;
    counter: EventCounter;
    clock: Clock;
    secret: string;
    threshold: number;
  },
  report: { number: number; reason: string; ip: string },
): Promise<ReportResult> {
  if (!isReportReason(report.reason))
    return { ok: false, status: 400, reason: 'Please choose why you are reporting this comment.' };
  const limit = await deps.counter.take(
    `reports:ip:${report.ip}`,
    REPORTS_PER_IP_PER_HOUR,
    3_600_000,
  );
  if (!limit.allowed)
    return {
      ok: false,
      status: 429,
      reason: 'You have sent many reports in the last hour. Please try again later.',
      retryAfterSeconds: Math.ceil(limit.retryAfterMs / 1000),
    };
  const outcome = await deps.reports.addReport({
    number: report.number,
    reporter: reporterKey(deps.secret, report.ip),
    reason: report.reason,
    threshold: Math.max(1, deps.threshold),
    at: deps.clock(),
  });
  if (outcome === 'no-such-comment')
    return { ok: false, status: 404, reason: 'There is no such comment to report.' };
  return { ok: true, alreadyReported: outcome === 'already-reported' };
}
