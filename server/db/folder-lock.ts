import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes an exclusive lock file on a data folder, or throws naming the process that holds it.
 * A lock left by a dead process is taken over.
 */
export function acquireFolderLock(folder: string): () => void {
  mkdirSync(folder, { recursive: true });
  const lockPath = join(folder, '.congvu.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(lockPath, 'utf8'));
      if (Number.isInteger(holder) && holder > 0 && isProcessAlive(holder) && holder !== process.pid) {
        throw new Error(`Thư mục dữ liệu ${folder} đang được tiến trình ${holder} sử dụng / data folder in use by process ${holder}`);
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Không khoá được thư mục dữ liệu ${folder} / could not lock data folder`);
}
