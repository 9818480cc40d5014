import path from 'node:path';
import { attachmentsApi } from '../../contract/attachments';
import { DEFAULT_MAX_UPLOAD_BYTES } from '../config';
import type { AppDeps } from '../deps';
import { contentDisposition } from '../documents/file-reply';
import { bindAll } from '../http/bind';
import type { Feature } from '../http/feature';
import { deleteAttachment, uploadAttachment } from './attachment-commands';
import { attachmentContent, listAttachments } from './attachment-queries';

/** Files attached to records (evidence, signed originals): list, upload (raw bytes), view or download, delete. */
export const attachmentRoutes =
  ({ db, clock, config }: AppDeps): Feature =>
  async (app) => {
    const store = {
      filesDir: config.filesDir ?? path.resolve('data', 'files'),
      maxBytes: config.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES,
    };
    bindAll(
      app,
      attachmentsApi,
      {
        listAttachments: ({ query }, { user }) => listAttachments(db, user, query, store.maxBytes),
        uploadAttachment: ({ query, body }, { user, actor }) =>
          uploadAttachment(db, clock, store, user, actor, query, body),
        attachmentContent: async ({ params, query }, { user, reply }) => {
          const f = await attachmentContent(db, user, store.filesDir, params.id);
          const inline = f.inline && query.download !== '1';
          return reply
            .type(f.mime)
            .header('content-disposition', contentDisposition(f.name, inline ? 'inline' : 'attachment'))
            .header('x-content-type-options', 'nosniff')
            .header('cache-control', 'private, no-cache')
            .send(f.bytes);
        },
        deleteAttachment: ({ params, body }, { user, actor }) =>
          deleteAttachment(db, clock, store, user, actor, params.id, body),
      },
      // the body is the file itself: the route takes exactly the largest file allowed
      { uploadAttachment: { bodyLimit: store.maxBytes } },
    );
  };
