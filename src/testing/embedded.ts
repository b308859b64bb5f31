import type { ActivityFile } from '../domain/activity';
import { embeddedActivities as activities } from '../db/embedded';

/**
 * The embedded data set (every file in data/activities/), for tests that check a view or a derivation against
 * the real records. Tests compute their expectations from these records with their own naive code, so adding a
 * release to data/ never breaks them.
 */
export const embeddedActivities: readonly ActivityFile[] = activities;
