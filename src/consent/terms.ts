/**
 * The texts a person accepts to join (PRODUCT.md, Onboarding consent). Changing a
 * text means a new version: everyone is asked to accept it at their next sign-in.
 * Members, alumni and staff each accept the version written for them.
 */
import type { Terms, TermsAudience } from '../contract';

const confidentialityNotice = `How the program protects your information

Hearth is run by your treatment program. What you write here is part of your program's records and is protected by federal privacy law (HIPAA) and, for records about substance use, by 42 CFR Part 2. The program will not share it outside the program without your written consent, except where the law allows or requires it, such as a medical emergency or a credible threat of harm.

Staff read what is posted in order to keep the community safe. If something you write suggests you or someone else may be in danger, staff may reach out to you and, in an emergency, contact emergency services.

Hearth never sells your data or uses your posts for advertising, analytics or training. You can download everything you have written and delete your account at any time from your privacy settings.`;

const peerConfidentiality = `Peer confidentiality agreement

What is shared in the group stays in the group. I will not repeat, screenshot, copy or share anything another member writes here, and I will not try to find out who anyone is outside of Hearth.

Please understand: fellow members are not bound by HIPAA. Only the program and its staff are. The other people here are peers, not health-care providers, and the law that protects your records does not apply to them. This agreement is a promise between members, so share what you are comfortable sharing, and keep details that could identify you (your full name, address, workplace, phone number or social media) to yourself.`;

const memberGuidelines = `Community guidelines

Be kind. Everyone here is working hard on their recovery and their health. Speak from your own experience, listen without judging, and offer support rather than advice you are not qualified to give.

Keep it safe. Do not describe the details of use, self-harm or methods, and do not post numbers such as weights, doses or amounts; they can harm others. Put a content warning on anything that might be hard to read.

Keep it private. Use your display name only. Do not share contact details, meet-up plans or other people's stories.

No harassment, hate, selling or spam. Staff may hide posts, mute or suspend accounts that break these guidelines, and will tell you why.

If you are in crisis, you do not have to wait: call or text 988, text HOME to 741741, or call 911 in an emergency. Hearth is watched by staff, but not every minute of the day.`;

const alumniGuidelines = `Alumni community guidelines

Welcome to the alumni community. You have finished your active group, and the alumni lounge and boards are here to keep you connected. Your group's rooms are no longer visible to you; what you wrote there stays, under your display name.

Everything in the community guidelines still applies: be kind, keep it safe, keep it private. As an alumnus you may be the hope someone else needs; share what helped you, without telling anyone what they must do.

If you are in crisis, you do not have to wait: call or text 988, text HOME to 741741, or call 911 in an emergency.`;

const staffGuidelines = `Staff guidelines

You are here as a member of the program's staff. Use moderation powers only for the safety of the community, record a reason for every action, and read a member's private details only when your work needs it: every such read is logged.

Crisis alerts come first. When you are on duty, acknowledge an alert as soon as you see it and record what you did.`;

export const TERMS: Record<TermsAudience, Terms> = {
  member: {
    audience: 'member',
    version: '2026-11-01',
    texts: { guidelines: memberGuidelines, peerConfidentiality, confidentialityNotice },
  },
  alumni: {
    audience: 'alumni',
    version: '2026-11-01',
    texts: { guidelines: alumniGuidelines, peerConfidentiality, confidentialityNotice },
  },
  staff: {
    audience: 'staff',
    version: '2026-11-01',
    texts: { guidelines: staffGuidelines, peerConfidentiality, confidentialityNotice },
  },
};

export function termsAudienceOf(role: string): TermsAudience {
  switch (role) {
    case 'alumni':
    case 'peer_mentor':
      return 'alumni';
    case 'clinician':
    case 'moderator':
    case 'admin':
      return 'staff';
    default:
      return 'member';
  }
}
