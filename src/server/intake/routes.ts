import { type INTAKE_KINDS, intakeApi, MAX_INTAKE_FILE_BASE64 } from '../../contract/intake';
import type { AppDeps } from '../deps';
import { bindAll } from '../http/bind';
import type { Feature } from '../http/feature';
import { intakeJobView, startIntakeJob } from './intake-jobs';
import { intakeTemplateFile } from './intake-queries';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FILE_NAMES = {
  units: 'don-vi',
  people: 'ca-nhan',
  awards: 'khen-thuong',
  initiatives: 'sang-kien',
  disciplines: 'ky-luat',
} as const satisfies Record<(typeof INTAKE_KINDS)[number], string>;

/** The Excel intake of a commune's data: templates, imports as jobs, their progress and report. */
export const intakeRoutes =
  ({ db, clock }: AppDeps): Feature =>
  async (app) => {
    bindAll(
      app,
      intakeApi,
      {
        intakeTemplate: async ({ params }, { user, reply }) => {
          const { file } = await intakeTemplateFile(db, user, params.kind);
          return reply
            .header('content-type', XLSX)
            .header('content-disposition', `attachment; filename="mau-nhap-${FILE_NAMES[params.kind]}.xlsx"`)
            .send(file);
        },
        startIntake: async ({ params, body }, { user, actor }) =>
          startIntakeJob(db, clock, user, actor, params.kind, body),
        intakeJob: async ({ params, query }, { user }) => intakeJobView(user, params.id, query),
      },
      // the file travels in base64 inside the JSON body: the body limit is the file's, plus room for the rest
      { startIntake: { bodyLimit: MAX_INTAKE_FILE_BASE64 + 64 * 1024 } },
    );
  };
