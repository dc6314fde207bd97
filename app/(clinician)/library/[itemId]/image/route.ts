import { getLibraryItemImage } from "@/lib/dal/library-images";

const EXTENSIONS = { "image/png": "png", "image/jpeg": "jpg", "image/webp": "webp" } as const;

/**
 * A practice item's uploaded picture. The DAL decides who may have it (the practice's clinicians,
 * clients whose plans include the item) and answers not-found for anyone else. The bytes were
 * checked on upload to be a PNG, JPEG or WebP; the headers keep any browser from reading them as
 * anything else (nosniff, a sandboxing policy, inline only as an image) or keeping a copy.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ itemId: string }> }): Promise<Response> {
  const { itemId } = await params;
  const image = await getLibraryItemImage(itemId);
  return new Response(new Uint8Array(image.data), {
    headers: {
      "Content-Type": image.contentType,
      "Content-Length": String(image.data.byteLength),
      "Content-Disposition": `inline; filename="picture.${EXTENSIONS[image.contentType]}"`,
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "X-Content-Type-Options": "nosniff",
      "Cross-Origin-Resource-Policy": "same-origin",
      "Cache-Control": "private, no-store",
    },
  });
}
