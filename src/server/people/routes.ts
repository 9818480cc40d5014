import { peopleApi } from '../../contract/people';
import type { AppDeps } from '../deps';
import { bindAll } from '../http/bind';
import type { Feature } from '../http/feature';
import {
  addContribution,
  addHouseholdMember,
  addViolation,
  createHousehold,
  deleteContribution,
  deleteViolation,
  removeHouseholdMember,
  updateContribution,
  updateHousehold,
  updateViolation,
} from './household-commands';
import { setPersonActive, updatePerson } from './people-commands';
import { getHousehold, getPerson, searchPeople } from './people-queries';

export const peopleRoutes =
  ({ db, clock }: AppDeps): Feature =>
  async (app) => {
    bindAll(app, peopleApi, {
      searchPeople: ({ query }, { user }) => searchPeople(db, user, query),
      getPerson: ({ params }, { user }) => getPerson(db, user, params.id),
      updatePerson: ({ params, body }, { user, actor }) =>
        updatePerson(db, clock, user, actor, params.id, body),
      deactivatePerson: ({ params, body }, { user, actor }) =>
        setPersonActive(db, clock, user, actor, params.id, body.version, false),
      reactivatePerson: ({ params, body }, { user, actor }) =>
        setPersonActive(db, clock, user, actor, params.id, body.version, true),
      getHousehold: ({ params }, { user }) => getHousehold(db, user, params.id),
      createHousehold: ({ body }, { user, actor }) => createHousehold(db, clock, user, actor, body),
      updateHousehold: ({ params, body }, { user, actor }) =>
        updateHousehold(db, clock, user, actor, params.id, body),
      addHouseholdMember: ({ params, body }, { user, actor }) =>
        addHouseholdMember(db, clock, user, actor, params.id, body.personId),
      removeHouseholdMember: ({ params }, { user, actor }) =>
        removeHouseholdMember(db, clock, user, actor, params.id, params.personId),
      addContribution: ({ params, body }, { user, actor }) =>
        addContribution(db, clock, user, actor, params.id, body),
      updateContribution: ({ params, body }, { user, actor }) =>
        updateContribution(db, clock, user, actor, params.id, params.itemId, body),
      deleteContribution: ({ params }, { user, actor }) =>
        deleteContribution(db, clock, user, actor, params.id, params.itemId),
      addViolation: ({ params, body }, { user, actor }) =>
        addViolation(db, clock, user, actor, params.id, body),
      updateViolation: ({ params, body }, { user, actor }) =>
        updateViolation(db, clock, user, actor, params.id, params.itemId, body),
      deleteViolation: ({ params }, { user, actor }) =>
        deleteViolation(db, clock, user, actor, params.id, params.itemId),
    });
  };
