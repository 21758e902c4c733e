import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The portal's link: next/link without viewport prefetching (`prefetch={false}` unless a link asks for it).
 *
 * Every page of the portal is dynamic (it reads the session) and none has a loading.js, so Next.js
 * prefetches nothing useful for them, yet each link that scrolls into view still asks the server for its
 * route tree (`Next-Router-Segment-Prefetch: /_tree`). Measured at city scale: 6.5 ms of server CPU per such
 * request, 17–43 of them per page view (the menu, the rows of a list), several times the page's own cost.
 * A click still navigates on the client, with one request, as it did.
 *
 * No "use client": it renders next/link's client component from server and client components alike.
 */
export default function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
