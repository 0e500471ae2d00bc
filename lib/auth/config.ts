import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import type { Provider } from 'next-auth/providers';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { isAppError } from '@/lib/errors';
import { verifyCredentials } from './credentials';
import { clientAddress } from './address';
import { safeRedirectUrl } from './callback-url';
import { readAuthSecret } from './secret';
import { endSessionsFrom } from './session-epoch';

// Auth.js: email + password (argon2id, lib/auth/credentials.ts), JWT sessions, and
// optional OpenID Connect when its three variables are set. The token carries only the
// user id and the session epoch it began in; role, status and the current epoch are
// read from the database on every request (lib/auth/session.ts, lib/auth/session-epoch.ts).

class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super();
    this.code = code;
  }
}

const providers: Provider[] = [
  Credentials({
    credentials: { email: {}, password: {} },
    async authorize(credentials, request) {
      try {
        const user = await verifyCredentials(db, credentials, clientAddress(request.headers));
        return { id: user.id, email: user.email, name: user.name };
      } catch (error) {
        // The message travels as a code; lib/auth/sign-in-messages.ts turns it back into text.
        if (isAppError(error)) throw new SignInRefused(`${error.code}:${error.userMessage}`);
        throw error;
      }
    },
  }),
];

if (env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET) {
  providers.push({
    id: 'oidc',
    name: env.OIDC_NAME,
    type: 'oidc',
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
  });
}

export const oidcEnabled = providers.length > 1;

// A function, so the secret is read on the first request, not while `next build` imports this.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: readAuthSecret(),
  trustHost: true,
  providers,
  pages: { signIn: '/login' },
  session: { strategy: 'jwt', maxAge: env.AUTH_SESSION_HOURS * 3600, updateAge: 3600 },
  callbacks: {
    // Single sign-on never creates accounts: an admin creates one with the same email first.
    async signIn({ user, account }) {
      if (account?.provider !== 'oidc') return true;
      const email = user.email?.toLowerCase();
      const existing = email ? await db.user.findUnique({ where: { email } }) : null;
      if (!existing || existing.disabled) return '/login?error=sso_no_account';
      user.id = existing.id;
      return true;
    },
    async jwt({ token, user }) {
      if (user?.id) {
        const row = await db.user.findUnique({
          where: { email: user.email!.toLowerCase() },
          select: { id: true, sessionEpoch: true },
        });
        if (!row) throw new Error('signed-in user not found');
        token.sub = row.id;
        token.sessionEpoch = row.sessionEpoch;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub!;
      session.sessionEpoch = typeof token.sessionEpoch === 'number' ? token.sessionEpoch : undefined;
      return session;
    },
    // Every redirect Auth.js makes (after sign-in, sign-out, single sign-on) stays on this site.
    redirect({ url, baseUrl }) {
      return safeRedirectUrl(url, baseUrl);
    },
  },
  events: {
    // Signing out through Auth.js's own endpoint ends the session's epoch too
    // (app/review/sign-out.ts ends it before calling signOut).
    async signOut(message) {
      const token = 'token' in message ? message.token : null;
      if (token?.sub && typeof token.sessionEpoch === 'number') {
        await endSessionsFrom(db, token.sub, token.sessionEpoch);
      }
    },
  },
}));

declare module 'next-auth' {
  interface Session {
    /** The epoch the session began in (lib/auth/session-epoch.ts). */
    sessionEpoch?: number;
  }
}
