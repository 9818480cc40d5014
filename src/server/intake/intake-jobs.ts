/**
 * Imports run as jobs: the request answers a job id at once (after the cheap checks of the file), the
 * job reads, checks and writes in batches, and the page polls its progress and finally its report. One
 * job per commune at a time (the import slot); finished jobs are kept for the page to read, a few each.
 */
import type { IntakeJobView, IntakeKind, IntakeReport, IntakeRowError } from '../../contract/intake';
import type { ImportMode } from '../../contract/ratings';
import type { AuditActor } from '../audit/audit-log';
import type { AuthUser } from '../auth/sessions';
import type { Clock } from '../clock';
import type { Db } from '../db/connect';
import { newId } from '../db/ids';
import { AppError, notFound } from '../http/errors';
import { takeImportSlot } from '../ratings/import-slots';
import { readZipDirectory } from '../ratings/zip-directory';
import { type IntakePhase, runIntake } from './intake-commands';
import { INTAKE_FILE_LIMITS } from './intake-read';

interface Job {
  id: string;
  tenantId: string;
  kind: IntakeKind;
  fileName: string;
  mode: ImportMode;
  state: IntakeJobView['state'];
  phase: IntakePhase | null;
  processed: number;
  total: number | null;
  report: IntakeReport | null;
  error: { code: string; message: string } | null;
  errors: IntakeRowError[];
  /** The running job, for tests and shutdown. */
  done: Promise<void>;
}

/** Finished jobs kept per commune (the page reads the last report; older ones are forgotten). */
const KEEP = 5;
const jobs = new Map<string, Job>();

function forget(tenantId: string) {
  const finished = [...jobs.values()].filter((j) => j.tenantId === tenantId && j.state !== 'RUNNING');
  for (const j of finished.slice(0, Math.max(0, finished.length - KEEP + 1))) jobs.delete(j.id);
}

/** Start importing a file: refuses at once what is not an .xlsx or when the commune's import slot is taken. */
export function startIntakeJob(
  db: Db,
  clock: Clock,
  u: AuthUser,
  actor: AuditActor,
  kind: IntakeKind,
  b: { fileBase64: string; fileName: string; mode: ImportMode },
): { jobId: string } {
  const file = Buffer.from(b.fileBase64.replace(/^data:[^,]*,/, ''), 'base64');
  if (file.length === 0) throw new AppError('EMPTY_FILE', 'Tệp rỗng.');
  readZipDirectory(file, INTAKE_FILE_LIMITS); // not a zip, or a bomb: 4xx now, before any job
  const release = takeImportSlot(u.tenantId);
  forget(u.tenantId);
  const job: Job = {
    id: newId(),
    tenantId: u.tenantId,
    kind,
    fileName: b.fileName,
    mode: b.mode,
    state: 'RUNNING',
    phase: 'READING',
    processed: 0,
    total: null,
    report: null,
    error: null,
    errors: [],
    done: Promise.resolve(),
  };
  jobs.set(job.id, job);
  job.done = runIntake(
    db,
    clock,
    u,
    actor,
    { kind, file, fileName: b.fileName, mode: b.mode },
    (phase, processed, total) => {
      job.phase = phase;
      job.processed = processed;
      job.total = total;
    },
  )
    .then((out) => {
      job.state = out.state;
      job.report = out.report;
      job.errors = out.errors;
      job.error = out.refusal;
    })
    .catch((e: unknown) => {
      job.state = 'FAILED';
      job.error =
        e instanceof AppError
          ? { code: e.code, message: e.message }
          : { code: 'INTERNAL', message: 'Lỗi hệ thống khi nhập tệp; chưa nhập dòng nào. Vui lòng thử lại.' };
    })
    .finally(() => {
      job.phase = null;
      release();
    });
  return { jobId: job.id };
}

/** A job's progress, report and one page of its bad rows; another commune's job does not exist. */
export function intakeJobView(u: AuthUser, id: string, q: { offset: number; limit: number }): IntakeJobView {
  const job = jobs.get(id);
  if (!job || job.tenantId !== u.tenantId) throw notFound('lần nhập tệp');
  return {
    id: job.id,
    kind: job.kind,
    fileName: job.fileName,
    mode: job.mode,
    state: job.state,
    phase: job.phase,
    processed: job.processed,
    total: job.total,
    report: job.report,
    error: job.error,
    errors: job.errors.slice(q.offset, q.offset + q.limit),
    errorsTotal: job.errors.length,
    offset: q.offset,
  };
}

/** Wait until every running job has finished (tests, shutdown). */
export async function intakeJobsSettled(): Promise<void> {
  await Promise.all([...jobs.values()].map((j) => j.done));
}
