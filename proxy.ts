import NextAuth from "next-auth";
import { authConfig } from "./auth.config";

// Sends anonymous visitors of /dashboard/** and /account/** to the sign-in page early
// (auth.config.ts `authorized`). Not a security boundary: pages, actions and route
// handlers check the caller themselves.
const { auth } = NextAuth(authConfig);

export default auth;

export const config = { matcher: ["/dashboard/:path*", "/account/:path*"] };
