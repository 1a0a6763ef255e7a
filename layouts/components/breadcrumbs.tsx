export interface Crumb {
  readonly label: string;
  readonly href: string;
}

export interface BreadcrumbsProps {
  readonly items: readonly Crumb[];
}

export function Breadcrumbs({ items }: BreadcrumbsProps) {
  if (items.length === 0) return null;
  return (
    <nav class="sn-breadcrumbs" aria-label="Breadcrumb">
      <ol class="sn-breadcrumbs__list">
        {items.map((item) => (
          <li class="sn-breadcrumbs__item" key={item.href}>
            <a class="sn-breadcrumbs__link" href={item.href}>
              {item.label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
