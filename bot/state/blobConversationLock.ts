import { createHash, randomUUID } from 'node:crypto';
import type { BlobLeaseClient, ContainerClient } from '@azure/storage-blob';
import { ConversationBusyError, isContainerMissing, storageErrorCode } from './storageErrors';

/** A conversation held by one turn, on whichever instance. */
export interface HeldLock {
  /** False once a renewal failed: another instance may hold the conversation now. */
  held(): boolean;
  release(): Promise<void>;
}

export interface ConversationLock {
  acquire(key: string): Promise<HeldLock>;
}

export interface BlobLockOptions {
  container: ContainerClient;
  /** Client-side deadline of each storage call. */
  deadlineMs: number;
  /** Azure leases last 15 to 60 s; renewed at a third of it while the turn runs. */
  leaseSeconds?: number;
  /** Longest wait for another turn (a crashed holder's lease expires within leaseSeconds). */
  maxWaitMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** A pause that does not keep the process alive (background clean-up only). */
const idle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/** The blob whose lease holds a conversation (the key hashed: no conversation id in blob names). */
export const lockBlobName = (key: string): string => `locks/${createHash('sha256').update(key).digest('hex')}`;

/**
 * One turn at a time per conversation across instances: a lease on a small blob per conversation
 * (`locks/<sha256 of the key>`, in the state container). Everything is made again when missing, so a wiped
 * storage heals by itself; a lease whose acquisition timed out is released in the background once the
 * storage answers again, instead of blocking the conversation until it expires.
 */
export function createBlobConversationLock(options: BlobLockOptions): ConversationLock {
  const leaseSeconds = options.leaseSeconds ?? 15;
  const maxWaitMs = options.maxWaitMs ?? leaseSeconds * 1000 + 5000;
  const signal = () => AbortSignal.timeout(options.deadlineMs);

  const releaseOrphan = async (lease: BlobLeaseClient) => {
    for (let attempt = 0; attempt < leaseSeconds; attempt += 1) {
      await idle(1000);
      try {
        await lease.releaseLease({ abortSignal: signal() });
        return;
      } catch (error) {
        // 409/412: the lease was never taken, or has gone: nothing left to release.
        const status: unknown = Reflect.get(Object(error), 'statusCode');
        if (status === 409 || status === 412 || status === 404) return;
      }
    }
  };

  return {
    async acquire(key) {
      const blob = options.container.getBlockBlobClient(lockBlobName(key));
      const lease = blob.getBlobLeaseClient(randomUUID());
      const started = Date.now();
      for (;;) {
        if (Date.now() - started > maxWaitMs) throw new ConversationBusyError(Date.now() - started);
        try {
          await lease.acquireLease(leaseSeconds, { abortSignal: signal() });
          break;
        } catch (error) {
          const code = storageErrorCode(error);
          if (code === 'LeaseAlreadyPresent') {
            await sleep(50 + Math.random() * 150);
          } else if (isContainerMissing(error)) {
            await options.container.createIfNotExists({ abortSignal: signal() });
          } else if (code === 'BlobNotFound') {
            await blob
              .upload('', 0, { conditions: { ifNoneMatch: '*' }, abortSignal: signal() })
              .catch((created: unknown) => {
                if (storageErrorCode(created) !== 'BlobAlreadyExists') throw created;
              });
          } else {
            // Timed out: the storage may still grant the lease later; give it back then.
            if (error instanceof Error && error.name === 'AbortError') void releaseOrphan(lease);
            throw error;
          }
        }
      }
      let held = true;
      const renewal = setInterval(
        () => {
          lease.renewLease({ abortSignal: signal() }).catch(() => (held = false));
        },
        (leaseSeconds * 1000) / 3,
      );
      renewal.unref();
      return {
        held: () => held,
        async release() {
          clearInterval(renewal);
          held = false;
          // A release that fails is tried again in the background (else the lease expires within leaseSeconds).
          await lease.releaseLease({ abortSignal: signal() }).catch(() => void releaseOrphan(lease));
        },
      };
    },
  };
}
