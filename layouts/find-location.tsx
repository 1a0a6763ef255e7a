import { BaseLayout } from "./base.tsx";
import { Locate } from "./components/locate.tsx";

export interface FindLocationPageProps {
  readonly stylesheetHref: string;
  readonly scriptHref: string;
}

/**
 * Find your team from where you are. Without JavaScript, or in a browser that
 * cannot share a position, the page says so and offers the other ways in.
 */
export function FindLocationPage({ stylesheetHref, scriptHref }: FindLocationPageProps) {
  return (
    <BaseLayout
      title="Find your team from your location"
      description="Use your device's location to find the Safer Neighbourhoods team for where you are. Your position stays on your device."
      url="/find/location/"
      stylesheetHref={stylesheetHref}
      searchable={false}
      breadcrumbs={[
        { label: "Home", href: "/" },
        { label: "Areas", href: "/areas/" },
      ]}
      head={<script type="module" src={scriptHref} />}
    >
      <h1 class="sn-heading-xl">Find your team from your location</h1>
      <p class="sn-lead">Use your device's location to find the ward you are in now, and its Safer Neighbourhoods team.</p>
      <div class="sn-notice" data-locate-fallback>
        <p>
          This needs JavaScript and a browser that can share your location. You can also{" "}
          <a href="/search/">search for your ward, borough or postcode</a> or <a href="/areas/">browse all areas</a>.
        </p>
      </div>
      <Locate />
    </BaseLayout>
  );
}
