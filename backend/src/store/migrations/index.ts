import type { Migration } from '../types.ts';
import { initial } from './0001-initial.ts';
import { attemptsPartners } from './0002-attempts-partners.ts';
import { interventions } from './0003-interventions.ts';

/** Every migration, oldest first. Append new ones; never reorder or edit shipped ones. */
export const MIGRATIONS: readonly Migration[] = [initial, attemptsPartners, interventions];
