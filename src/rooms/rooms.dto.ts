import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsString,
  isUUID,
  IsUUID,
  length,
  Length,
  matches,
  Matches,
  Max,
  maxLength,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { SOMETHING, toInt, warningOrNull } from '../common/dto-transforms';
import { QUICK_ACCEPT } from '../common/validation';
import { NullableField, OptionalField } from '../common/optional';
import type { EditMessage, MessageRef, ReadMarker, RoomRef, SendMessage, SyncRequest } from '../contract';

export const MAX_BODY = 4000;
export const MAX_WARNING = 120;
/** Printable ASCII without spaces: UUIDs, ULIDs, nanoids and the like. */
const CLIENT_ID = /^[\x21-\x7e]+$/;

class ContentWarningField {
  @ApiPropertyOptional({ example: 'mentions of relapse', nullable: true, maxLength: MAX_WARNING })
  @NullableField()
  @Transform(warningOrNull)
  @IsString()
  @MaxLength(MAX_WARNING)
  contentWarning?: string | null;
}

export class SendMessageBody extends ContentWarningField {
  @ApiProperty({
    description: 'Chosen by the client (e.g. a UUID); resending it returns the first message',
    example: '5f0c…',
  })
  @IsString()
  @Length(1, 64)
  @Matches(CLIENT_ID, { message: 'clientMsgId must be printable characters without spaces' })
  clientMsgId!: string;

  @ApiProperty({ minLength: 1, maxLength: MAX_BODY })
  @IsString()
  // One plain message per problem: an empty body is blank (not also "too short").
  @MaxLength(MAX_BODY)
  @Matches(SOMETHING, { message: 'body must not be blank' })
  body!: string;
}

export class SendMessageDto extends SendMessageBody implements SendMessage {
  @IsUUID('all')
  roomId!: string;

  /**
   * `message:send` is the chat's hot event: a well-formed send is accepted here with the same
   * validators as the decorators above, without the walk of their metadata; anything else (an
   * unknown field, a value out of bounds) goes to the full validation for its field-level answer.
   */
  static [QUICK_ACCEPT](value: Readonly<Record<string, unknown>>): SendMessageDto | undefined {
    let fields = 0;
    for (const key in value) {
      if (!Object.hasOwn(value, key) || !SEND_FIELDS.has(key)) {
        return undefined;
      }
      fields++;
    }
    const { roomId, clientMsgId, body } = value;
    if (
      typeof roomId !== 'string' ||
      !isUUID(roomId, 'all') ||
      typeof clientMsgId !== 'string' ||
      !length(clientMsgId, 1, 64) ||
      !matches(clientMsgId, CLIENT_ID) ||
      typeof body !== 'string' ||
      !maxLength(body, MAX_BODY) ||
      !matches(body, SOMETHING)
    ) {
      return undefined;
    }
    const dto = new SendMessageDto();
    dto.clientMsgId = clientMsgId;
    dto.body = body;
    dto.roomId = roomId;
    if (fields === 3) {
      return dto;
    }
    // The fourth field is the content warning: trimmed, and blank or null is none (warningOrNull).
    const warning = warningOrNull({ value: value.contentWarning });
    if (warning !== null && (typeof warning !== 'string' || !maxLength(warning, MAX_WARNING))) {
      return undefined;
    }
    dto.contentWarning = warning;
    return dto;
  }
}

const SEND_FIELDS: ReadonlySet<string> = new Set(['roomId', 'clientMsgId', 'body', 'contentWarning']);

export class EditMessageBody extends ContentWarningField {
  @ApiPropertyOptional({ minLength: 1, maxLength: MAX_BODY })
  @OptionalField()
  @IsString()
  // One plain message per problem: an empty body is blank (not also "too short").
  @MaxLength(MAX_BODY)
  @Matches(SOMETHING, { message: 'body must not be blank' })
  body?: string;
}

export class EditMessageDto extends EditMessageBody implements EditMessage {
  @IsUUID('all')
  messageId!: string;
}

export class MessageRefDto implements MessageRef {
  @IsUUID('all')
  messageId!: string;
}

export class RoomRefDto implements RoomRef {
  @IsUUID('all')
  roomId!: string;
}

export class ReadBody {
  @ApiProperty({ description: 'The newest seq the reader has seen' })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  seq!: number;
}

export class ReadDto extends ReadBody implements ReadMarker {
  @IsUUID('all')
  roomId!: string;
}

export class HistoryQuery {
  @ApiPropertyOptional({ description: 'Messages with a seq below this (the newest first page when absent)' })
  @OptionalField()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(Number.MAX_SAFE_INTEGER)
  before?: number;

  @ApiPropertyOptional({ description: 'Messages with a seq above this' })
  @OptionalField()
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  after?: number;

  @ApiPropertyOptional({ default: 50, maximum: 100 })
  @OptionalField()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

export class SyncRoomDto {
  @IsUUID('all')
  roomId!: string;

  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  afterSeq!: number;
}

export class SyncDto implements SyncRequest {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SyncRoomDto)
  rooms!: SyncRoomDto[];
}

export class SlowModeDto {
  @ApiProperty({ description: 'Seconds each member must wait between messages here (0: off)', maximum: 3600 })
  @IsInt()
  @Min(0)
  @Max(3600)
  slowModeSeconds!: number;
}
