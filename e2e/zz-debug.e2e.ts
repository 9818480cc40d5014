import { it } from 'vitest';
import { apiAs } from './api';

it('debug', async () => {
  const api = apiAs('canbo');
  for (const year of [2023, 2024]) {
    const s = await api.get<{ suggestions: { awardCode: string; eligible: { name: string }[] }[] }>(
      `/api/law/suggestions?year=${year}`,
    );
    for (const x of s.suggestions) console.log(year, x.awardCode, x.eligible.map((e) => e.name).join(', '));
  }
});
