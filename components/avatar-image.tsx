import type { Avatar } from "@/server/site/avatars";

/** A commenter's or author's picture: decorative (the name stands beside it), lazy, with its size fixed. */
export function AvatarImage({ avatar, className }: { avatar: Avatar; className: string }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a fixed-size, already resized picture; next/image would add a client runtime to script-free pages
    <img
      className={className}
      src={avatar.src}
      srcSet={avatar.srcSet}
      width={avatar.size}
      height={avatar.size}
      alt=""
      loading="lazy"
      decoding="async"
      // Gravatar, when the admin allows it, gets no page address with the request.
      referrerPolicy={avatar.kind === "gravatar" ? "no-referrer" : undefined}
    />
  );
}
