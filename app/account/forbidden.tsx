import { ForbiddenMessage, forbiddenMetadata } from "@/components/forbidden-message";

export const generateMetadata = forbiddenMetadata;

// forbidden() from the account page (a banned user): HTTP 403 inside the site's frame.
export default function AccountForbidden() {
  return <ForbiddenMessage />;
}
