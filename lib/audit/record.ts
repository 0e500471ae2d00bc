import type { Prisma } from '@/lib/generated/prisma/client';

// The audit trail is append-only: this module only ever inserts, and no other module
// writes AuditEvent. Call it with the transaction client of the change it records, so
// the change and its event commit or roll back together.

type Tx = Pick<Prisma.TransactionClient, 'auditEvent'>;

export type AuditInput = {
  actorId: string | null;
  action: string;
  entityType:
    | 'claim'
    | 'article'
    | 'source'
    | 'figure'
    | 'comparison'
    | 'evidence'
    | 'comment'
    | 'user'
    | 'session'
    | 'page'
    | 'report';
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  reason?: string | null;
  publicNote?: string | null;
};

export async function recordAudit(tx: Tx, event: AuditInput) {
  return tx.auditEvent.create({ data: event });
}
