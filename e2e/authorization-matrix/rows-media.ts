import { createMediaImage } from "../../tests/data";
import { OWNER_OR_ADMIN, type Entry, exists, unique } from "./shared";

// The media library: an image belongs to the author who uploaded it (articleAuthor here);
// admins manage every image. The form comes from the admin's rendering of /dashboard/media,
// where the newest image (this cell's) is on the first page.
const formOf = (id: string, field: string) => `li[data-media-id="${id}"] form:has(${field})`;

export const MEDIA_ROWS: Entry[] = [
  {
    name: "app/dashboard/media/actions#updateMediaTextAction",
    kind: "action",
    allowed: OWNER_OR_ADMIN,
    async prepare({ sql, users, form }) {
      const image = await createMediaImage(users.articleAuthor.id);
      const alt = `Matrix ${unique()}`;
      const fields = await form("admin", "/dashboard/media", formOf(image.id, "input[name=alt]"), { alt });
      return {
        url: "/dashboard/media",
        multipart: fields,
        succeeded: () => exists(sql`select 1 from media_images where id = ${image.id} and alt = ${alt}`),
      };
    },
  },
  {
    name: "app/dashboard/media/actions#deleteMediaAction",
    kind: "action",
    allowed: OWNER_OR_ADMIN,
    async prepare({ sql, users, form }) {
      const image = await createMediaImage(users.articleAuthor.id);
      const fields = await form("admin", "/dashboard/media", formOf(image.id, "button[class*=danger]"));
      return {
        url: "/dashboard/media",
        multipart: fields,
        succeeded: async () => !(await exists(sql`select 1 from media_images where id = ${image.id}`)),
      };
    },
  },
];
