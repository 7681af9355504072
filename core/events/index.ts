export {
  capturedEventSchema,
  NAVIGATION_CAUSES,
  NOTIFICATION_LEVELS,
  SYNC_NEW,
  SYNC_QUEUED,
  SYNC_SENT,
  TARGET_ROLES,
  targetSchema,
} from './schema.ts';
export type {
  CapturedEvent,
  CapturedEventType,
  StoredEvent,
  SyncState,
  Target,
  TargetRole,
} from './schema.ts';
