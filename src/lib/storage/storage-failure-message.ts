import type { TFunction } from 'i18next';
import type { StorageFailure } from './write-outcome';

/**
 * Why a write was not kept, as a clause in the language of `t` (`storage.reason.<reason>`), for a
 * sentence that says what was not kept: "the browser's storage for this site is full".
 */
export function describeStorageFailure(failure: StorageFailure, t: TFunction): string {
  switch (failure.reason) {
    case 'unavailable':
      return t('storage.reason.unavailable');
    case 'quota':
      return t('storage.reason.quota');
    case 'closed':
      return t('storage.reason.closed');
    case 'failed':
      return t('storage.reason.failed', { message: failure.message });
  }
}
