import { organisationsApi } from '../../contract/organisations';
import type { AppDeps } from '../deps';
import { bindAll } from '../http/bind';
import type { Feature } from '../http/feature';
import { createPerson } from '../people/people-commands';
import { listHouseholds, listPeople } from '../people/people-queries';
import { getUnit, listUnits, unitAwards } from './unit-queries';

export const organisationRoutes =
  ({ db, clock }: AppDeps): Feature =>
  async (app) => {
    bindAll(app, organisationsApi, {
      listUnits: (_, { user }) => listUnits(db, user),
      getUnit: ({ params }, { user }) => getUnit(db, user, params.id),
      unitAwards: ({ params }, { user }) => unitAwards(db, user, params.id),
      listPeople: ({ query }, { user }) => listPeople(db, user, query),
      createPerson: ({ body }, { user, actor }) => createPerson(db, clock, user, actor, body),
      listHouseholds: ({ query }, { user }) => listHouseholds(db, user, query),
    });
  };
