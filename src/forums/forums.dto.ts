import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { SOMETHING, trim, warningOrNull } from '../common/dto-transforms';
import { NullableField, OptionalField } from '../common/optional';
import { REACTION_KINDS } from '../contract';
import type { ReactionKind, ThreadRef } from '../contract';

// PostgreSQL text cannot hold NUL; refusing it here keeps such input a 400, not a 500.
// eslint-disable-next-line no-control-regex -- NUL is exactly what is refused
const NO_NUL = /^[^\u0000]*$/;

export class CreateThreadDto {
  @ApiProperty({ example: 'How do you get through Sunday evenings?' })
  @Transform(trim)
  @IsString()
  @Length(3, 150)
  @Matches(NO_NUL, { message: 'title must not contain NUL characters' })
  title!: string;

  @ApiProperty({ example: 'Sundays are the hardest for me…' })
  @IsString()
  // One plain message per problem: an empty body is blank (not also "too short").
  @MaxLength(20000)
  @Matches(SOMETHING, { message: 'body must not be blank' })
  @Matches(NO_NUL, { message: 'body must not contain NUL characters' })
  body!: string;

  @ApiPropertyOptional({ example: 'mentions of relapse', nullable: true })
  @NullableField()
  @Transform(warningOrNull)
  @IsString()
  @MaxLength(120)
  @Matches(NO_NUL, { message: 'contentWarning must not contain NUL characters' })
  contentWarning?: string | null;
}

export class CreatePostDto {
  @ApiProperty()
  @IsString()
  // One plain message per problem: an empty body is blank (not also "too short").
  @MaxLength(20000)
  @Matches(SOMETHING, { message: 'body must not be blank' })
  @Matches(NO_NUL, { message: 'body must not contain NUL characters' })
  body!: string;

  @ApiPropertyOptional({ description: 'The post this replies to; omitted for a reply to the thread itself' })
  @OptionalField()
  @IsUUID('all')
  parentId?: string;

  @ApiPropertyOptional({ nullable: true })
  @NullableField()
  @Transform(warningOrNull)
  @IsString()
  @MaxLength(120)
  @Matches(NO_NUL, { message: 'contentWarning must not contain NUL characters' })
  contentWarning?: string | null;
}

export class EditPostDto {
  @ApiPropertyOptional()
  @OptionalField()
  @IsString()
  // One plain message per problem: an empty body is blank (not also "too short").
  @MaxLength(20000)
  @Matches(SOMETHING, { message: 'body must not be blank' })
  @Matches(NO_NUL, { message: 'body must not contain NUL characters' })
  body?: string;

  @ApiPropertyOptional({ nullable: true, description: 'null or "" removes the content warning' })
  @NullableField()
  @Transform(warningOrNull)
  @IsString()
  @MaxLength(120)
  @Matches(NO_NUL, { message: 'contentWarning must not contain NUL characters' })
  contentWarning?: string | null;
}

/** Pin and lock (staff who moderate the board); title, body and warning (the author, or staff). */
export class UpdateThreadDto extends EditPostDto {
  @ApiPropertyOptional()
  @OptionalField()
  @IsBoolean()
  pinned?: boolean;

  @ApiPropertyOptional()
  @OptionalField()
  @IsBoolean()
  locked?: boolean;

  @ApiPropertyOptional()
  @OptionalField()
  @Transform(trim)
  @IsString()
  @Length(3, 150)
  @Matches(NO_NUL, { message: 'title must not contain NUL characters' })
  title?: string;
}

export class ReactDto {
  @ApiProperty({ enum: REACTION_KINDS })
  @IsIn(REACTION_KINDS, { message: `kind must be one of ${REACTION_KINDS.join(', ')}` })
  kind!: ReactionKind;
}

export class ReactionParams {
  @IsUUID('all')
  id!: string;

  @IsIn(REACTION_KINDS, { message: `kind must be one of ${REACTION_KINDS.join(', ')}` })
  kind!: ReactionKind;
}

export class ThreadPageQuery {
  @ApiPropertyOptional({ description: 'nextCursor of the previous page (opaque)' })
  @OptionalField()
  @IsString()
  @MaxLength(400)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20 })
  @OptionalField()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;
}

export class SearchQuery {
  @ApiProperty({ description: 'Words to find (web search syntax: "a phrase", -without, or)' })
  @IsString()
  @Length(1, 200)
  @Matches(NO_NUL, { message: 'q must not contain NUL characters' })
  q!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20 })
  @OptionalField()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;
}

export class WatchThreadDto implements ThreadRef {
  @IsUUID('all')
  threadId!: string;
}
