import { AppError } from '../http/errors';

/** At most one import per commune and two on the whole server at a time; others are told to retry. */
export const MAX_IMPORTS = 2;
const running = new Set<string>();

/**
 * Take the commune's import slot now (429 IMPORT_BUSY when the slot or the server is taken); answers the
 * function that gives it back. For imports that run on after the request is answered (an intake job).
 */
export function takeImportSlot(tenantId: string): () => void {
  if (running.has(tenantId)) {
    throw new AppError(
      'IMPORT_BUSY',
      'Đang có một lần nhập tệp khác của xã chưa xong. Vui lòng chờ lần nhập đó xong rồi thử lại.',
    );
  }
  if (running.size >= MAX_IMPORTS) {
    throw new AppError('IMPORT_BUSY', 'Máy chủ đang xử lý các tệp nhập khác. Vui lòng thử lại sau ít phút.');
  }
  running.add(tenantId);
  let given = false;
  return () => {
    if (!given) running.delete(tenantId);
    given = true;
  };
}

/** Run `work` holding the commune's import slot; 429 IMPORT_BUSY when the slot or the server is taken. */
export async function withImportSlot<T>(tenantId: string, work: () => Promise<T>): Promise<T> {
  const release = takeImportSlot(tenantId);
  try {
    return await work();
  } finally {
    release();
  }
}
