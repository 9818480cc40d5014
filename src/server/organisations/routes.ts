import { communeApi } from '../../contract/commune';
import { organisationsApi } from '../../contract/organisations';
import { unitsApi } from '../../contract/units';
import type { AppDeps } from '../deps';
import { bindAll } from '../http/bind';
import type { Feature } from '../http/feature';
import { createPerson } from '../people/people-commands';
import { listHouseholds, listPeople } from '../people/people-queries';
import { saveCommuneProfile } from './profile-commands';
import { getCommuneProfile } from './profile-queries';
import { createUnit, deactivateUnit, mergeUnits, splitUnit, updateUnit } from './unit-commands';
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
    bindAll(app, unitsApi, {
      createUnit: ({ body }, { user, actor }) => createUnit(db, clock, user, actor, body),
      updateUnit: ({ params, body }, { user, actor }) => updateUnit(db, clock, user, actor, params.id, body),
      deactivateUnit: ({ params, body }, { user, actor }) =>
        deactivateUnit(db, clock, user, actor, params.id, body),
      mergeUnits: ({ body }, { user, actor }) => mergeUnits(db, clock, user, actor, body),
      splitUnit: ({ params, body }, { user, actor }) => splitUnit(db, clock, user, actor, params.id, body),
    });
    bindAll(app, communeApi, {
      getProfile: (_, { user }) => getCommuneProfile(db, user.tenantId),
      saveProfile: ({ body }, { user, actor }) => saveCommuneProfile(db, clock, user, actor, body),
    });
  };
