/** Who is signed in, for every component: `useAuth()`. */
import type { MeView, Role, SanctionNotice, TokenPair, UserSummary } from '@hearth/contract';
import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, onMfaSetupRequired, onTermsRequired, request } from './api';
import { clearSession, hasSession, isSessionKey, onSessionEnded, saveSession } from './session';
import { onLive, startSocket, stopSocket } from './socket';

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

  const refreshMe = useCallback(async (): Promise<MeView | null> => {
    // Keeps `ended` and `sanction` when the session has just ended on its own.
    const signedOut = (s: State): State => ({ status: 'signed-out', me: null, ended: s.ended, sanction: s.sanction });
    if (!hasSession()) {
      setState(signedOut);
      return null;
    }
    try {
      const me = await request<MeView>('/me');
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
        setState({ status: 'signed-out', me: null, ended: code === 'session_idle' ? 'idle' : 'ended' }),
      ),
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

  useEffect(
    () => onTermsRequired(() => setState((s) => (s.me ? { ...s, me: { ...s.me, termsRequired: true } } : s))),
    [],
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
        const refreshToken = clearSession();
        setState({ status: 'signed-out', me: null });
        if (refreshToken) {
          await request('/auth/logout', { method: 'POST', body: { refreshToken }, auth: false }).catch(() => undefined);
        }
      },
    }),
    [state, refreshMe, startSession],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) {
    throw new Error('useAuth() needs <AuthProvider> above it');
  }
  return value;
}
