import { useState } from 'react';
import { errorCode } from '../errors';
import { UploadError, uploadFile } from '../../features/invoice-import/upload';

export type ImportPhase = 'idle' | 'uploading' | 'checking' | 'checked' | 'importing' | 'imported';

/** A file is the same file while its name, size and date are. */
const fileKey = (file: File) => `${file.name}|${file.size}|${file.lastModified}`;

/**
 * The steps of a file import (upload, a dry run, then the real import of the same upload), for any
 * import mutation: `run(uploadId, dryRun)` returns its report or throws. The chosen file stays chosen
 * whatever fails; an upload the server no longer knows (expired: NOT_FOUND) is sent again next time.
 */
export function useFileImport<R>(run: (uploadId: string, dryRun: boolean) => Promise<R>) {
  const [file, setFile] = useState<File | null>(null);
  const [upload, setUpload] = useState<{ key: string; uploadId: string } | null>(null);
  const [phase, setPhase] = useState<ImportPhase>('idle');
  const [progress, setProgress] = useState(0);
  const [missingFile, setMissingFile] = useState(false);
  const [uploadError, setUploadError] = useState<UploadError | null>(null);
  const [dryReport, setDryReport] = useState<R | null>(null);
  const [finalReport, setFinalReport] = useState<R | null>(null);
  const [failure, setFailure] = useState<{ at: 'check' | 'confirm'; error: unknown } | null>(null);
  const busy = phase === 'uploading' || phase === 'checking' || phase === 'importing';

  async function attempt(uploadId: string, dryRun: boolean): Promise<R | null> {
    try {
      return await run(uploadId, dryRun);
    } catch (error) {
      if (errorCode(error) === 'NOT_FOUND') setUpload(null);
      setFailure({ at: dryRun ? 'check' : 'confirm', error });
      return null;
    }
  }

  function choose(chosen: File | null) {
    setFile(chosen);
    setMissingFile(false);
    setUploadError(null);
    setFailure(null);
    setDryReport(null);
    setFinalReport(null);
    setPhase('idle');
  }

  async function check() {
    if (busy) return;
    setUploadError(null);
    setFailure(null);
    setFinalReport(null);
    if (!file) {
      setMissingFile(true);
      return;
    }
    setMissingFile(false);
    let uploadId = upload?.key === fileKey(file) ? upload.uploadId : null;
    if (!uploadId) {
      setPhase('uploading');
      setProgress(0);
      try {
        uploadId = (await uploadFile(file, setProgress)).uploadId;
        setUpload({ key: fileKey(file), uploadId });
      } catch (error) {
        setUploadError(error instanceof UploadError ? error : new UploadError(0, ''));
        setPhase('idle');
        return;
      }
    }
    setPhase('checking');
    const report = await attempt(uploadId, true);
    if (report === null) return setPhase('idle');
    setDryReport(report);
    setPhase('checked');
  }

  async function confirm() {
    if (busy || !upload) return;
    setFailure(null);
    setPhase('importing');
    const report = await attempt(upload.uploadId, false);
    if (report === null) return setPhase('checked');
    setFinalReport(report);
    setPhase('imported');
  }

  return { file, choose, check, confirm, phase, busy, progress, missingFile, uploadError, dryReport, finalReport, failure, uploaded: !!upload };
}
