import type { MigrationInterface } from 'typeorm';
import { Identity1795740000000 } from './1795740000000-Identity';
import { Forums1795760000000 } from './1795760000000-Forums';
import { Moderation1795770000000 } from './1795770000000-Moderation';
import { Security1795780000000 } from './1795780000000-Security';
import { TotpReplay1795780000001 } from './1795780000001-TotpReplay';
import { ModerationNotices1795790000000 } from './1795790000000-ModerationNotices';
import { Rooms1795800000000 } from './1795800000000-Rooms';
import { ContactDetails1796603613117 } from './1796603613117-ContactDetails';
import { CareConcerns1796606776418 } from './1796606776418-CareConcerns';
import { CrisisOneCase1797020000000 } from './1797020000000-CrisisOneCase';
import { CareLines1797030000000 } from './1797030000000-CareLines';
import { Checkins1797040000000 } from './1797040000000-Checkins';
import { MemberAccount1797050000000 } from './1797050000000-MemberAccount';
import { ThreadReactions1797050000001 } from './1797050000001-ThreadReactions';
import { ReviewActions1797060000000 } from './1797060000000-ReviewActions';
import { SearchRecency1797070000000 } from './1797070000000-SearchRecency';
import { ThreadViewVersion1797070000001 } from './1797070000001-ThreadViewVersion';

/**
 * Every migration, oldest first. `npm run migration:generate -- Name` writes a new
 * file beside this one and adds it here; never edit a migration once committed.
 */
export const migrations: (new () => MigrationInterface)[] = [
  Identity1795740000000,
  Forums1795760000000,
  Moderation1795770000000,
  Security1795780000000,
  TotpReplay1795780000001,
  ModerationNotices1795790000000,
  Rooms1795800000000,
  ContactDetails1796603613117,
  CareConcerns1796606776418,
  CrisisOneCase1797020000000,
  CareLines1797030000000,
  Checkins1797040000000,
  MemberAccount1797050000000,
  ThreadReactions1797050000001,
  ReviewActions1797060000000,
  SearchRecency1797070000000,
  ThreadViewVersion1797070000001,
];
