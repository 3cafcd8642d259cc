/**
 * Apollo Client has no multipart upload: the file's bytes go to `POST /uploads` as they are (same
 * session cookie; the `x-upload-name` header is one only same-origin scripts can send), and the
 * answer's `uploadId` is then given to a mutation.
 */
export interface Uploaded {
  uploadId: string;
  bytes: number;
}

export class UploadError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Sends a file; `onProgress` gets the share sent so far (0 to 1). Rejects with an UploadError. */
export function uploadFile(file: File, onProgress?: (share: number) => void): Promise<Uploaded> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/uploads');
    // Same origin: the session cookie goes with it.
    xhr.setRequestHeader('x-upload-name', encodeURIComponent(file.name));
    xhr.setRequestHeader('content-type', 'text/csv');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress?.(e.loaded / e.total);
    };
    xhr.onload = () => {
      const body = xhr.response as { uploadId?: unknown; bytes?: unknown; error?: unknown } | null;
      if (xhr.status === 201 && body && typeof body.uploadId === 'string') {
        resolve({ uploadId: body.uploadId, bytes: typeof body.bytes === 'number' ? body.bytes : file.size });
      } else {
        reject(new UploadError(xhr.status, body && typeof body.error === 'string' ? body.error : ''));
      }
    };
    xhr.onerror = () => reject(new UploadError(0, ''));
    xhr.send(file);
  });
}
