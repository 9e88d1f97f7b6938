import { ForbiddenMessage, forbiddenMetadata } from "@/components/forbidden-message";

export const generateMetadata = forbiddenMetadata;

// forbidden() from a dashboard page (server/accounts/session.ts guardPage): HTTP 403 inside the
// dashboard's frame. Here rather than at the app's root, where Next would render it into
// the payload of every page.
export default function DashboardForbidden() {
  return <ForbiddenMessage />;
}
