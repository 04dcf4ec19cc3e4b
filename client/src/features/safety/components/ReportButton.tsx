import type { TargetType } from '@hearth/contract';
import { useState } from 'react';
import { FlagDialog } from './FlagDialog';

interface ReportButtonProps {
  targetType: TargetType;
  targetId: string;
  /** Who or what, for the button's accessible name and the dialog title: "Morning Lark", "this message". */
  subject: string;
  className?: string;
}

/** A "Report" button that opens the FlagDialog (for member lists, message and post menus). */
export function ReportButton({
  targetType,
  targetId,
  subject,
  className = 'button button-secondary',
}: ReportButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} aria-label={`Report ${subject}`} onClick={() => setOpen(true)}>
        Report
      </button>
      {open && (
        <FlagDialog
          targetType={targetType}
          targetId={targetId}
          title={`Report ${subject}`}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
