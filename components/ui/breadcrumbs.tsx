import Link from "next/link";

export interface Crumb {
  name: string;
  href: string;
}

export interface BreadcrumbsProps {
  items: Crumb[];
}

/** The last item is the current page and is not a link. */
export function Breadcrumbs({ items }: BreadcrumbsProps) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
      <ol className="flex flex-wrap items-center gap-1">
        {items.map((item, index) => {
          const current = index === items.length - 1;
          return (
            <li key={item.href} className="flex items-center gap-1">
              {index > 0 && <span aria-hidden="true">/</span>}
              {current ? (
                <span aria-current="page" className="text-slate-800">
                  {item.name}
                </span>
              ) : (
                <Link href={item.href} className="underline underline-offset-2 hover:text-brand-800">
                  {item.name}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
