// A profile photo is stored as users.image = "/media/<hash>-sq256.webp", with square variants
// of 64, 128 and 256 px beside it (server/accounts/profile-photo.ts). Any other value (an
// OAuth provider's picture URL, which the CSP would block anyway) is no photo of ours.

export const PROFILE_PHOTO_SIZES = [64, 128, 256] as const;
export type ProfilePhotoSize = (typeof PROFILE_PHOTO_SIZES)[number];

const STORED = /^\/media\/([a-f0-9]{24})-sq256\.webp$/;

export function profilePhotoPath(hash: string, size: ProfilePhotoSize): string {
  return `/media/${hash}-sq${size}.webp`;
}

/** The photo's variant for `size` px, or null when the value is not a photo stored by us. */
export function profilePhotoVariant(image: string | null | undefined, size: ProfilePhotoSize): string | null {
  const hash = image ? STORED.exec(image)?.[1] : undefined;
  return hash ? profilePhotoPath(hash, size) : null;
}

/** `src` and a 2x `srcSet` for an image shown `shown` px wide. */
export function profilePhotoSources(
  image: string | null | undefined,
  shown: number,
): { src: string; srcSet: string } | null {
  const one = PROFILE_PHOTO_SIZES.find((s) => s >= shown) ?? 256;
  const two = PROFILE_PHOTO_SIZES.find((s) => s >= shown * 2) ?? 256;
  const src = profilePhotoVariant(image, one);
  const double = profilePhotoVariant(image, two);
  return src && double ? { src, srcSet: `${src} 1x, ${double} 2x` } : null;
}
