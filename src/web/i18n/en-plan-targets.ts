import { EN } from './en';

/** English for the plan, targets and ratings screens (issue 5). */
Object.assign(EN, {
  'Kế hoạch thi đua': 'Emulation plan',
});
