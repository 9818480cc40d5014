/**
 * The typed client without the session cookie: the vote is cast through it, so the server receives the
 * vote without knowing whose browser sent it (the ballot's anonymity, docs/BALLOT-ANONYMITY.md).
 */
import { createApiClient } from '../../../contract/client';
import { fetchTransport } from '../../api/client';

export const cookielessApi = createApiClient(fetchTransport('omit'));
