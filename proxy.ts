import NextAuth from "next-auth";
import { authConfig } from "./auth.config";

// Sends anonymous visitors of /dashboard/** and /account/** to the sign-in page early.
// Not a security boundary: pages, actions and route handlers check the caller themselves.
export const { auth: proxy } = NextAuth(authConfig);

export const config = { matcher: ["/dashboard/:path*", "/account/:path*"] };
