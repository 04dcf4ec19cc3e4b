/** Who is signed in, for every component: `useAuth()`. */
import type { ErrorCode, MeView, Role, SanctionNotice, TokenPair, UserSummary } from '@hearth/contract';
import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, onMfaSetupRequired, onTermsRequired, request } from './api';
import { clearSession, hasSession, isSessionKey, onSessionEnded, saveSession } from './session';
import { onAccountRefused, onLive, startSocket, stopSocket } from './socket';

export interface Registration {
  inviteCode: string;
  email: string;
  password: string;
  displayName: string;
}

export type AuthStatus = 'loading' | 'signed-out' | 'signed-in' | 'unreachable';

export interface AuthValue {
  status: AuthStatus;
  /** The session ended on its own (expired or revoked), not by signing out: private pages say so. */
  sessionEnded: boolean;
  /** …and it ended because it went unused for too long (automatic logoff). */
  sessionIdle: boolean;
  /** Signed out by a suspension or ban just now: a page says so, until and why. */
  sanctioned: SanctionNotice | null;
  user: UserSummary | null;
  me: MeView | null;
  /** `totp`: the code from the authenticator app (or a recovery code), once the server asks for it. */
  signIn: (email: string, password: string, totp?: string) => Promise<MeView>;
  register: (registration: Registration) => Promise<MeView>;
  signOut: () => Promise<void>;
  refreshMe: () => Promise<MeView | null>;
  /** A member just stepped down to alumni while signed in: the app tells them what changed, in place. */
  steppedDown: boolean;
  /** They have read what changed. */
  acknowledgeStepDown: () => void;
}

/** Where staff set up a second factor their program requires, before anything else. */
export const MFA_SETUP_PATH = '/settings/security?setup=required';

/** Where a suspension or ban signs the person out to. */
export const SANCTIONED_PATH = '/signed-out';

export const STAFF_ROLES: readonly Role[] = ['clinician', 'moderator', 'admin'];

export function isStaff(role: Role | undefined): boolean {
  return role !== undefined && STAFF_ROLES.includes(role);
}

const AuthContext = createContext<AuthValue | null>(null);

interface State {
  status: AuthStatus;
  me: MeView | null;
  ended?: 'ended' | 'idle';
  sanction?: SanctionNotice;
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>(() => ({ status: hasSession() ? 'loading' : 'signed-out', me: null }));
  const [steppedDown, setSteppedDown] = useState(false);
  // The role this session last knew, to tell a step-down from a fresh sign-in as alumni.
  const role = useRef<Role | null>(null);

  const refreshMe = useCallback(async (): Promise<MeView | null> => {
    // Keeps `ended` and `sanction` when the session has just ended on its own.
    const signedOut = (s: State): State => ({ status: 'signed-out', me: null, ended: s.ended, sanction: s.sanction });
    if (!hasSession()) {
      setState(signedOut);
      return null;
    }
    try {
      const me = await request<MeView>('/me');
      if (role.current === 'member' && (me.role === 'alumni' || me.role === 'peer_mentor')) {
        setSteppedDown(true);
      }
      role.current = me.role;
      setState({ status: 'signed-in', me });
      return me;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        clearSession();
        setState(signedOut);
        return null;
      }
      setState((s) => (s.me ? s : { status: 'unreachable', me: null }));
      throw error;
    }
  }, []);

  useEffect(() => {
    refreshMe().catch(() => undefined);
  }, [refreshMe]);

  useEffect(
    () =>
      onSessionEnded((code) =>
        setState({
          status: 'signed-out',
          me: null,
          ended: code === 'session_idle' ? 'idle' : 'ended',
          sanction: sanctionOf(code),
        }),
      ),
    [],
  );

  // Suspended or banned while away (the live notice missed): signed out to say so, never "Connecting…" forever.
  useEffect(
    () =>
      onAccountRefused((code) => {
        clearSession();
        setState({ status: 'signed-out', me: null, ended: 'ended', sanction: sanctionOf(code) });
      }),
    [],
  );

  // The server closes a suspended or banned person's sockets right after telling them.
  useEffect(
    () =>
      onLive('sanction', (notice) => {
        if (notice.kind === 'suspend' || notice.kind === 'ban') {
          clearSession();
          setState({ status: 'signed-out', me: null, ended: 'ended', sanction: notice });
        }
      }),
    [],
  );

  // New terms to accept: read the person again, since a role change brings other terms (alumni after a step-down).
  useEffect(
    () =>
      onTermsRequired(() => {
        // Role, terms and a step-down change together, so the app never shows the old terms first.
        refreshMe().catch(() => setState((s) => (s.me ? { ...s, me: { ...s.me, termsRequired: true } } : s)));
      }),
    [refreshMe],
  );

  // The server re-read who this is (role, step-down): follow it, and mark a step-down as a moment to explain.
  useEffect(
    () =>
      onLive('session:refreshed', ({ role: now }) => {
        if (role.current !== now) {
          refreshMe().catch(() => undefined);
        }
      }),
    [refreshMe],
  );

  useEffect(
    () =>
      onMfaSetupRequired(() =>
        setState((s) => (s.me ? { ...s, me: { ...s.me, mfa: { ...s.me.mfa, setupRequired: true } } } : s)),
      ),
    [],
  );

  // Signing in or out in another tab applies here too.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || isSessionKey(event.key)) {
        if (!hasSession()) {
          setState({ status: 'signed-out', me: null });
        } else if (event.newValue && event.oldValue === null) {
          refreshMe().catch(() => undefined);
        }
      }
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [refreshMe]);

  // One live connection while someone is signed in and past onboarding; none otherwise.
  const socketUser =
    state.status === 'signed-in' && state.me && !state.me.termsRequired && !state.me.mfa.setupRequired
      ? state.me.id
      : null;
  useEffect(() => {
    if (socketUser) {
      startSocket(socketUser);
    } else {
      stopSocket();
    }
  }, [socketUser]);

  const startSession = useCallback(
    async (tokens: TokenPair): Promise<MeView> => {
      // A new sign-in is nobody's step-down.
      role.current = null;
      saveSession(tokens);
      const me = await refreshMe();
      if (!me) {
        throw new ApiError(401, { statusCode: 401, error: 'Unauthorized', message: 'Please sign in again.' });
      }
      return me;
    },
    [refreshMe],
  );

  const value = useMemo<AuthValue>(
    () => ({
      status: state.status,
      sessionEnded: state.ended !== undefined,
      sessionIdle: state.ended === 'idle',
      sanctioned: state.sanction ?? null,
      me: state.me,
      user: state.me && {
        id: state.me.id,
        displayName: state.me.displayName,
        role: state.me.role,
        termsRequired: state.me.termsRequired,
        mfaSetupRequired: state.me.mfa.setupRequired,
      },
      refreshMe,
      steppedDown,
      acknowledgeStepDown: () => setSteppedDown(false),
      signIn: async (email, password, totp) =>
        startSession(
          await request<TokenPair>('/auth/login', {
            method: 'POST',
            body: totp ? { email, password, totp } : { email, password },
            auth: false,
          }),
        ),
      register: async (registration) =>
        startSession(
          await request<TokenPair>('/auth/register', {
            method: 'POST',
            body: { ...registration, acceptTerms: true },
            auth: false,
          }),
        ),
      signOut: async () => {
        role.current = null;
        const refreshToken = clearSession();
        setState({ status: 'signed-out', me: null });
        if (refreshToken) {
          await request('/auth/logout', { method: 'POST', body: { refreshToken }, auth: false }).catch(() => undefined);
        }
      },
    }),
    [state, refreshMe, startSession, steppedDown],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** A refusal that says only that the account is suspended or banned: the sign-in screen tells why and until when. */
function sanctionOf(code: ErrorCode | undefined): SanctionNotice | undefined {
  if (code === 'account_suspended') {
    return { kind: 'suspend', until: null, reason: '' };
  }
  if (code === 'account_banned') {
    return { kind: 'ban', until: null, reason: '' };
  }
  return undefined;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) {
    throw new Error('useAuth() needs <AuthProvider> above it');
  }
  return value;
}
